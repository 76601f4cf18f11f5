import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '@/utils/use-format-date';
import type { ConversationComment } from '../types';
import { commentAuthorName } from '../utils/comment-author-name';
import { CommentBody } from './comment-body';
import './comment-item.css';

export interface CommentItemProps {
  comment: ConversationComment;
  headingLevel: 3 | 4 | 5 | 6;
  registerHeading: (el: HTMLElement | null) => void;
  actions: ReactNode;
  editForm: ReactNode;
  reactions: ReactNode;
  viewerIsAuthor: boolean;
}

/**
 * One comment as an <article> headed by author and date, with its hidden notice (for its author and
 * moderators), its text or placeholder (removed, withheld), reactions and actions.
 */
export function CommentItem({
  comment,
  headingLevel,
  registerHeading,
  actions,
  editForm,
  reactions,
  viewerIsAuthor,
}: CommentItemProps) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const headingId = useId();
  const HeadingTag = `h${headingLevel}` as 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <article className={`comment${comment.hidden ? ' comment--hidden' : ''}`} aria-labelledby={headingId}>
      <header className="comment__header">
        <HeadingTag id={headingId} ref={registerHeading} tabIndex={-1} className="comment__heading">
          <span className="comment__author">{commentAuthorName(comment, t)}</span>{' '}
          <time className="comment__time" dateTime={comment.createdAt}>
            {format.dateTime(comment.createdAt)}
          </time>
        </HeadingTag>
        {comment.editedAt && !comment.deleted && (
          <span className="comment__edited">
            <span aria-hidden="true">· </span>
            <time dateTime={comment.editedAt}>{t('conversation.comments.edited')}</time>
          </span>
        )}
      </header>
      {comment.hidden && !comment.deleted && (
        <div className="comment__hidden-notice">
          <p>
            <strong>
              {comment.hiddenReason
                ? t('conversation.comments.hiddenNotice', { reason: comment.hiddenReason })
                : t('conversation.comments.hiddenNoticeNoReason')}
            </strong>
          </p>
          <p>
            {viewerIsAuthor
              ? t('conversation.comments.hiddenExplain')
              : t('conversation.comments.hiddenExplainModerator')}
          </p>
        </div>
      )}
      {comment.withheld ? (
        <p className="comment__removed">{t('conversation.comments.withheld')}</p>
      ) : comment.deleted || comment.bodyHtml == null ? (
        <p className="comment__removed">{t('conversation.comments.removed')}</p>
      ) : (
        (editForm ?? <CommentBody html={comment.bodyHtml} />)
      )}
      {!editForm && reactions}
      {!editForm && <div className="comment__actions">{actions}</div>}
    </article>
  );
}
