import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedLatestCommentFragment } from '@commons/web-graphql';

interface FeedConversationSummaryProps {
  item: {
    reactionCounts: ReadonlyArray<{ count: number }>;
    commentCount: number;
    latestComments: ReadonlyArray<FeedLatestCommentFragment>;
  };
}

/**
 * Under a feed item: how many reactions and comments it has, in words ("3 reactions · 2 comments"),
 * and its two newest comments (author and text; the server sanitised the text). Nothing when nobody
 * has taken part yet. Reacting and replying happen on the item's own page.
 */
export function FeedConversationSummary({ item }: FeedConversationSummaryProps) {
  const { t } = useTranslation();
  const listId = useId();
  const reactions = item.reactionCounts.reduce((sum, r) => sum + r.count, 0);
  const parts = [
    reactions > 0 ? t('news.homeFeed.reactions', { count: reactions }) : null,
    item.commentCount > 0 ? t('news.homeFeed.comments', { count: item.commentCount }) : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0 && item.latestComments.length === 0) return null;
  return (
    <div className="feed-conversation">
      {parts.length > 0 && <p className="feed-conversation__counts">{parts.join(' · ')}</p>}
      {item.latestComments.length > 0 && (
        <>
          <p id={listId} className="visually-hidden">
            {t('news.homeFeed.latestComments')}
          </p>
          <ul className="feed-conversation__comments" aria-labelledby={listId}>
            {item.latestComments.map((comment) => (
              <li key={comment.id} className="feed-conversation__comment">
                <span className="feed-conversation__author">
                  {comment.author?.displayName ?? t('conversation.comments.withheldHeading')}
                </span>
                {comment.hidden && (
                  <span className="feed-conversation__note"> ({t('news.homeFeed.hiddenComment')})</span>
                )}
                {comment.bodyHtml ? (
                  <div
                    className="feed-conversation__text"
                    dangerouslySetInnerHTML={{ __html: comment.bodyHtml }}
                  />
                ) : (
                  <p className="feed-conversation__text">{t('news.homeFeed.removedComment')}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
