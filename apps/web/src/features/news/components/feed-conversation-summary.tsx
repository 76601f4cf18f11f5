import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedLatestCommentFragment } from '@commons/web-graphql';
import './feed-cards.css';

type Kind = 'LIKE' | 'LOVE' | 'CELEBRATE' | 'INSIGHTFUL' | 'CURIOUS';

interface FeedConversationSummaryProps {
  item: {
    reactionCounts: ReadonlyArray<{ kind?: string; count: number }>;
    commentCount: number;
    latestComments: ReadonlyArray<FeedLatestCommentFragment>;
  };
}

/** A small picture per reaction kind, drawn here (no emoji font needed); decorative beside the words. */
const GLYPHS: Record<Kind, string> = {
  LIKE: 'M3 7h2.5v7H3z M6.5 7 9 2.2c1 0 1.8.8 1.8 1.8V6.5h2.6c.8 0 1.4.7 1.2 1.5l-1 4.8c-.1.7-.7 1.2-1.4 1.2H6.5z',
  LOVE: 'M8 13.6S2.4 10.2 2.4 6.3A2.9 2.9 0 0 1 8 5a2.9 2.9 0 0 1 5.6 1.3c0 3.9-5.6 7.3-5.6 7.3z',
  CELEBRATE: 'M8 1.8l1.8 4 4.4.4-3.3 2.9 1 4.3L8 11.2l-3.9 2.2 1-4.3-3.3-2.9 4.4-.4z',
  INSIGHTFUL: 'M8 2a4.2 4.2 0 0 0-2.4 7.7V11h4.8V9.7A4.2 4.2 0 0 0 8 2zM6 12h4v1.8H6z',
  CURIOUS:
    'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zm.9 9.6H7.1V10h1.8zm1.2-4.2c-.5.6-1.2.9-1.2 1.6H7.1c0-1.4 1-1.8 1.5-2.3.3-.3.4-.6.3-.9-.1-.4-.5-.7-.9-.7-.5 0-.9.3-1 .8l-1.6-.5A2.7 2.7 0 0 1 8 3.5c1.2 0 2.3.8 2.6 2 .1.6 0 1.3-.5 1.9z',
};
const KINDS = Object.keys(GLYPHS) as Kind[];

/**
 * Under a feed item, so people see at a glance that colleagues take part: the kinds of reaction
 * (up to three, most given first, as small pictures beside the words), how many reactions and
 * comments it has in words ("3 reactions · 2 comments"), and its two newest comments as speech
 * bubbles (author and text; the server sanitised the text). Nothing when nobody has taken part yet.
 * Reacting and replying happen on the item's own page.
 */
export function FeedConversationSummary({ item }: FeedConversationSummaryProps) {
  const { t } = useTranslation();
  const listId = useId();
  const reactions = item.reactionCounts.reduce((sum, r) => sum + r.count, 0);
  const kinds = [...item.reactionCounts]
    .filter((r): r is { kind: Kind; count: number } => r.count > 0 && KINDS.includes(r.kind as Kind))
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .map((r) => r.kind);
  if (reactions === 0 && item.commentCount === 0 && item.latestComments.length === 0) return null;
  return (
    <div className="feed-conversation">
      {(reactions > 0 || item.commentCount > 0) && (
        <p className="feed-conversation__counts">
          {reactions > 0 && (
            <span className="feed-conversation__reactions">
              {kinds.length > 0 && (
                <span className="feed-conversation__kinds" aria-hidden="true">
                  {kinds.map((kind) => (
                    <svg
                      key={kind}
                      className={`feed-conversation__kind feed-conversation__kind--${kind.toLowerCase()}`}
                      viewBox="0 0 16 16"
                      focusable="false"
                    >
                      <path d={GLYPHS[kind]} />
                    </svg>
                  ))}
                </span>
              )}
              {t('news.homeFeed.reactions', { count: reactions })}
            </span>
          )}
          {reactions > 0 && item.commentCount > 0 && ' · '}
          {item.commentCount > 0 && (
            <span className="feed-conversation__comment-count">
              {t('news.homeFeed.comments', { count: item.commentCount })}
            </span>
          )}
        </p>
      )}
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
