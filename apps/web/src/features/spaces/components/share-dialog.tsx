import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import { ErrorBanner } from '@/components/ui/error-banner';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useSharePost } from '../api/post-mutations';
import { useSpaces } from '../api/spaces.query';
import './share-dialog.css';

export type ShareKind = 'post' | 'article';

interface ShareDialogProps {
  targetId: string;
  /** What is shared, for the dialog's heading: a post's byline ("by Bo"), an article's title. */
  what: string;
  /** Words the heading with: "Share the post by Bo", "Share the article “Title”". */
  kind?: ShareKind;
  onClose: () => void;
}

/**
 * "Share to a space" for a post or an article: a modal <dialog> (focus moves in, Tab stays inside, Esc closes) with a picker of
 * the spaces the viewer posts in and an optional comment. The opener gets focus back (it owns that).
 */
export function ShareDialog({ targetId, what, kind = 'post', onClose }: ShareDialogProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const mine = useSpaces('MINE', '');
  const [share, { loading }] = useSharePost();
  const [spaceId, setSpaceId] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom (tests) has no showModal; browsers all do.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  const spaces = (mine.data?.spaces.edges ?? [])
    .map((e) => e.node)
    .filter((s) => s.viewerMembership?.status === 'ACTIVE');
  useEffect(() => {
    if (!spaceId && spaces.length > 0) setSpaceId(spaces[0].id);
  }, [spaceId, spaces]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading || !spaceId) return;
    setError(null);
    try {
      await share({ variables: { targetId, spaceId, comment: comment.trim() || null } });
      const name = spaces.find((s) => s.id === spaceId)?.name ?? '';
      announce(t('spaces.share.done', { space: name }));
      onClose();
    } catch (e) {
      setError(t(generalErrorKey(readAppError(e))));
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {kind === 'article' ? t('spaces.share.articleTitle', { what }) : t('spaces.share.title', { what })}
      </h2>
      <ErrorBanner message={error} />
      {mine.data && spaces.length === 0 ? (
        <p>{t('spaces.share.noSpaces')}</p>
      ) : (
        <form id={`${titleId}-form`} onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className="field">
            <label className="field__label" htmlFor={`${titleId}-space`}>
              {t('spaces.share.space')}
            </label>
            <select
              id={`${titleId}-space`}
              className="field__input"
              value={spaceId}
              onChange={(e) => setSpaceId(e.target.value)}
            >
              {spaces.map((space) => (
                <option key={space.id} value={space.id}>
                  {space.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${titleId}-comment`}>
              {t('spaces.share.comment')}
            </label>
            <textarea
              id={`${titleId}-comment`}
              className="field__input field__textarea"
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
        </form>
      )}
      <div className="button-row">
        {spaces.length > 0 && (
          <button
            type="submit"
            form={`${titleId}-form`}
            className="button"
            aria-disabled={loading || undefined}
          >
            {t('spaces.share.submit')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('spaces.cancel')}
        </button>
      </div>
    </dialog>
  );
}
