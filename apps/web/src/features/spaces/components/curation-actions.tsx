import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAnnounce } from '@/components/ui/announcer';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useFeaturePost, usePromotePostToArticle } from '../api/curation-mutations';
import { paths } from '@/config/paths';
import './post-card.css';

interface CurationActionsProps {
  post: { id: string; featured: boolean };
  /** "by Bo Ekström": tells the buttons of one card from the next for screen reader users. */
  what: string;
}

/**
 * Editors' actions on a staff post (shown when the API says `viewerCanCurate`): turn it into a news
 * draft, then continue in the studio; feature it (a toggle button with a fixed name and a pressed
 * state). A post that already became a draft says so, with the way to the studio.
 */
export function CurationActions({ post, what }: CurationActionsProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [promote, { loading: promoting }] = usePromotePostToArticle();
  const [feature, { loading: featuring }] = useFeaturePost();
  const [error, setError] = useState<{ message: string; alreadyPromoted: boolean } | null>(null);

  const onPromote = async () => {
    if (promoting) return;
    setError(null);
    try {
      const result = await promote({ variables: { postId: post.id } });
      const id = result.data?.promotePostToArticle.id;
      if (!id) return;
      announce(t('spaces.curation.promoted'));
      void navigate(paths.studioArticle.to(id));
    } catch (e) {
      const info = readAppError(e);
      const alreadyPromoted = info.code === 'CONFLICT' && info.reason === 'ALREADY_PROMOTED';
      setError({
        message: alreadyPromoted ? t('spaces.curation.alreadyPromoted') : t(generalErrorKey(info)),
        alreadyPromoted,
      });
    }
  };

  const onFeature = async () => {
    if (featuring) return;
    setError(null);
    const featured = !post.featured;
    try {
      await feature({ variables: { postId: post.id, featured } });
      announce(t(featured ? 'spaces.curation.featuredOn' : 'spaces.curation.featuredOff'));
    } catch (e) {
      setError({ message: t(generalErrorKey(readAppError(e))), alreadyPromoted: false });
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={promoting || undefined}
        onClick={() => void onPromote()}
      >
        {promoting ? t('spaces.curation.promoting') : t('spaces.curation.promote')}
        <span className="visually-hidden"> {what}</span>
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={post.featured}
        aria-disabled={featuring || undefined}
        onClick={() => void onFeature()}
      >
        {t('spaces.curation.feature')}
        <span className="visually-hidden"> {what}</span>
      </button>
      {error && (
        <div className="banner banner--error post-card__curation-error" role="alert">
          <p>{error.message}</p>
          {error.alreadyPromoted && (
            <p>
              <Link to={paths.studio.to()}>{t('spaces.curation.openStudio')}</Link>
            </p>
          )}
        </div>
      )}
    </>
  );
}
