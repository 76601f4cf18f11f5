import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useSetCommentsClosed } from '../api/set-comments-closed.mutation';

/**
 * For editors (news) and space moderators (posts): close or reopen comments. A toggle with a fixed
 * name and aria-pressed; the new state is spoken once.
 */
export function CloseCommentsButton({
  targetId,
  typename,
  closed,
}: {
  targetId: string;
  typename: 'Article' | 'Post';
  closed: boolean;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [setClosed, { loading }] = useSetCommentsClosed();
  const [error, setError] = useState<string | null>(null);

  const toggle = async () => {
    if (loading) return;
    setError(null);
    try {
      const { data } = await setClosed({
        variables: { targetId, closed: !closed },
        update: (cache, result) => {
          const now = result.data?.setCommentsClosed;
          if (now === undefined) return;
          cache.modify({
            id: cache.identify({ __typename: typename, id: targetId }),
            fields: { commentsClosed: () => now },
          });
        },
      });
      announce(
        data?.setCommentsClosed ? t('conversation.comments.closedNow') : t('conversation.comments.openedNow'),
      );
    } catch (e) {
      const message = t(generalErrorKey(readAppError(e)));
      setError(message);
      announce(message);
    }
  };

  return (
    <div className="conversation__moderation">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={closed}
        aria-disabled={loading || undefined}
        onClick={() => void toggle()}
      >
        {t('conversation.comments.closeToggle')}
      </button>
      {error && (
        <p className="field__error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
    </div>
  );
}
