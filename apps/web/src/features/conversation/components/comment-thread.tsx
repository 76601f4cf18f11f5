import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import { useCommentDeletion } from '../hooks/use-comment-deletion';
import { useThreadFocus } from '../hooks/use-thread-focus';
import type { ConversationComment, SearchPeople } from '../types';
import { commentAuthorName } from '../utils/comment-author-name';
import { CommentForm } from './comment-form';
import { CommentThreadDialogs } from './comment-thread-dialogs';
import { ThreadComment, type OpenForm } from './thread-comment';
import './comment-thread.css';

export interface CommentThreadProps {
  /** Top-level comments, oldest first, each with its replies (one level), oldest first. */
  comments: readonly ConversationComment[];
  totalCount: number;
  hasMore: boolean;
  loadingMore?: boolean;
  /** Appends the next page; focus then moves to the first new comment. */
  onShowMore: () => Promise<unknown> | void;
  /** The viewer may write (signed in, can see the item). */
  canComment: boolean;
  /** Editors closed comments on this item: no form, a notice instead. */
  closed?: boolean;
  /** Resolve when saved; reject with the API error to keep the text and show it. */
  onAdd: (bodyHtml: string, parentId: string | null) => Promise<unknown>;
  onEdit: (id: string, bodyHtml: string) => Promise<unknown>;
  /** `reason` comes with a moderator's deletion of someone else's comment (the API requires one). */
  onDelete: (id: string, reason?: string) => Promise<unknown>;
  onReport: (id: string, reason: string) => Promise<unknown>;
  searchPeople: SearchPeople;
  /**
   * The signed-in person: a hidden comment's notice speaks to its author or to a moderator, and
   * deleting someone else's comment asks for a reason.
   */
  viewerId?: string;
  /** Level of the thread heading; comments are one below, replies two. */
  headingLevel?: 2 | 3 | 4;
  /** A slot under each comment, e.g. its ReactionBar. */
  renderReactions?: (comment: ConversationComment) => ReactNode;
  maxLength?: number;
  /**
   * Comments others posted since the list was loaded (from a subscription or poll). Shown as one
   * button, never inserted under the reader; a rise is spoken once.
   */
  newCommentCount?: number;
  onShowNewComments?: () => Promise<unknown> | void;
  /** For tests: the mention search pause. */
  debounceMs?: number;
}

/**
 * A comment thread per ACCESSIBILITY.md: each comment an <article> headed by author and date; Reply
 * and Edit open an inline form with focus in it, Save/Cancel return focus to the button that opened
 * it and the result is spoken; Edit, Delete and Report sit in a menu button named with the author;
 * Report and Delete use modal dialogs (a moderator deleting someone else's comment gives a reason);
 * after a delete focus moves to the next comment or the heading. A withheld comment (hidden by a
 * moderator, kept for its replies) is a placeholder without author, text or actions.
 */
export function CommentThread({
  comments,
  totalCount,
  hasMore,
  loadingMore = false,
  onShowMore,
  canComment,
  closed = false,
  onAdd,
  onEdit,
  onDelete,
  onReport,
  searchPeople,
  headingLevel = 2,
  renderReactions,
  maxLength,
  debounceMs,
  newCommentCount = 0,
  onShowNewComments,
  viewerId,
}: CommentThreadProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingId = useId();
  const focus = useThreadFocus(comments, loadingMore);
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [reporting, setReporting] = useState<ConversationComment | null>(null);

  const flat = comments.flatMap((c) => [c, ...(c.replies ?? [])]);
  const deletion = useCommentDeletion(flat, focus);

  // Others' new comments: one polite message when the count rises, none on first render.
  const lastNewCount = useRef(newCommentCount);
  useEffect(() => {
    if (newCommentCount > lastNewCount.current)
      announce(t('conversation.comments.newComments', { count: newCommentCount }));
    lastNewCount.current = newCommentCount;
  }, [newCommentCount, announce, t]);

  const closeForm = (comment: ConversationComment, kind: 'reply' | 'edit') => {
    focus.focusAfterRender(() =>
      kind === 'reply' ? focus.replyButtonOf(comment.id) : focus.menuButtonOf(comment.id),
    );
    setOpenForm(null);
  };

  const isOwn = (comment: ConversationComment) => viewerId !== undefined && viewerId === comment.author?.id;
  const nameOf = (comment: ConversationComment) => commentAuthorName(comment, t);

  const renderComment = (comment: ConversationComment, isReply: boolean) => (
    <ThreadComment
      comment={comment}
      isReply={isReply}
      threadHeadingLevel={headingLevel}
      focus={focus}
      openForm={openForm}
      setOpenForm={setOpenForm}
      closeForm={closeForm}
      canReply={canComment && !closed}
      viewerIsAuthor={isOwn(comment)}
      onEdit={onEdit}
      onStartDelete={deletion.startDelete}
      onStartReport={setReporting}
      renderReactions={renderReactions}
      searchPeople={searchPeople}
      maxLength={maxLength}
      debounceMs={debounceMs}
      announce={announce}
    />
  );

  const HeadingTag = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <section className="comments" aria-labelledby={headingId}>
      <HeadingTag id={headingId} ref={focus.threadHeading} tabIndex={-1} className="comments__heading">
        {t('conversation.comments.heading')}
      </HeadingTag>
      <p className="comments__count">{t('conversation.comments.count', { count: totalCount })}</p>
      {comments.length === 0 && <p>{t('conversation.comments.empty')}</p>}
      {comments.length > 0 && (
        <ol className="comments__list">
          {comments.map((comment) => {
            const replying = openForm?.kind === 'reply' && openForm.id === comment.id;
            const replies = comment.replies ?? [];
            return (
              <li key={comment.id} className="comments__entry">
                {renderComment(comment, false)}
                {replies.length > 0 && (
                  <ol
                    className="comments__replies"
                    aria-label={
                      comment.withheld
                        ? t('conversation.comments.withheldRepliesLabel')
                        : t('conversation.comments.repliesLabel', { name: nameOf(comment) })
                    }
                  >
                    {replies.map((reply) => (
                      <li key={reply.id}>{renderComment(reply, true)}</li>
                    ))}
                  </ol>
                )}
                {replying && (
                  <div className="comments__reply-form">
                    <CommentForm
                      label={t('conversation.commentForm.replyLabel', { name: nameOf(comment) })}
                      submitLabel={t('conversation.commentForm.submitReply')}
                      busyLabel={t('conversation.commentForm.posting')}
                      focusOnMount
                      searchPeople={searchPeople}
                      maxLength={maxLength}
                      debounceMs={debounceMs}
                      onCancel={() => closeForm(comment, 'reply')}
                      onSubmit={async (html) => {
                        await onAdd(html, comment.id);
                        announce(t('conversation.comments.replyPosted'));
                        closeForm(comment, 'reply');
                      }}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {hasMore && (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={loadingMore || undefined}
          onClick={() => void focus.showMore(onShowMore)}
        >
          {loadingMore ? t('conversation.comments.loadingMore') : t('conversation.comments.showMore')}
        </button>
      )}
      {newCommentCount > 0 && onShowNewComments && (
        <button
          type="button"
          className="button button--secondary comments__new"
          onClick={() => void focus.showMore(onShowNewComments)}
        >
          {t('conversation.comments.newComments', { count: newCommentCount })}
        </button>
      )}
      {closed ? (
        <p className="comments__closed">{t('conversation.comments.closed')}</p>
      ) : (
        canComment && (
          <CommentForm
            label={t('conversation.commentForm.label')}
            submitLabel={t('conversation.commentForm.submit')}
            busyLabel={t('conversation.commentForm.posting')}
            searchPeople={searchPeople}
            maxLength={maxLength}
            debounceMs={debounceMs}
            // Focus stays in the emptied field, ready for the next comment; the new one is announced.
            onSubmit={async (html) => {
              await onAdd(html, null);
              announce(t('conversation.comments.posted'));
            }}
          />
        )
      )}

      <CommentThreadDialogs
        reporting={reporting}
        onCloseReport={() => setReporting(null)}
        onReport={onReport}
        reportFocus={() => (reporting ? focus.menuButtonOf(reporting.id) : null)}
        deleting={deletion.deleting}
        deletingOwn={deletion.deleting !== null && isOwn(deletion.deleting)}
        onDelete={onDelete}
        onDeleted={deletion.deleted}
        onCancelDelete={deletion.cancelDelete}
        deleteFocus={deletion.deleteFocus}
      />
    </section>
  );
}
