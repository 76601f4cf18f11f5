import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../../components/ui/announcer';
import type { ConversationComment, SearchPeople } from '../types';
import { commentAuthorName } from '../utils/comment-author-name';
import { ActionsMenu, type MenuAction } from './actions-menu';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { ConfirmDialog } from './confirm-dialog';
import { DeleteReasonDialog } from './delete-reason-dialog';
import { ReportDialog } from './report-dialog';

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

type OpenForm = { id: string; kind: 'reply' | 'edit' } | null;

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
  const threadHeading = useRef<HTMLHeadingElement>(null);
  const headings = useRef(new Map<string, HTMLElement>());
  const menuButtons = useRef(new Map<string, HTMLElement>());
  const replyButtons = useRef(new Map<string, HTMLElement>());
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [reporting, setReporting] = useState<ConversationComment | null>(null);
  const [deleting, setDeleting] = useState<ConversationComment | null>(null);
  const afterDeleteFocus = useRef<HTMLElement | null>(null);
  const knownBeforeMore = useRef<Set<string> | null>(null);

  const flat = comments.flatMap((c) => [c, ...(c.replies ?? [])]);

  // "Show more": once the new comments are on the page, focus the first one's heading.
  useEffect(() => {
    if (!knownBeforeMore.current) return;
    const known = knownBeforeMore.current;
    const firstNew = comments.find((c) => !known.has(c.id));
    const heading = firstNew && headings.current.get(firstNew.id);
    if (heading) {
      knownBeforeMore.current = null;
      heading.focus();
    }
  });

  const showMore = async (load: () => Promise<unknown> | void = onShowMore) => {
    if (loadingMore) return;
    knownBeforeMore.current = new Set(comments.map((c) => c.id));
    try {
      await load();
    } catch {
      knownBeforeMore.current = null;
    }
  };

  // Others' new comments: one polite message when the count rises, none on first render.
  const lastNewCount = useRef(newCommentCount);
  useEffect(() => {
    if (newCommentCount > lastNewCount.current)
      announce(t('conversation.comments.newComments', { count: newCommentCount }));
    lastNewCount.current = newCommentCount;
  }, [newCommentCount, announce, t]);

  // Focus that must wait for React to put its target on the page (a button back after a form closes).
  const pendingFocus = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const target = pendingFocus.current?.();
    if (target) {
      pendingFocus.current = null;
      target.focus();
    }
  });

  const closeForm = (comment: ConversationComment, kind: 'reply' | 'edit') => {
    pendingFocus.current = () =>
      (kind === 'reply' ? replyButtons.current : menuButtons.current).get(comment.id);
    setOpenForm(null);
  };

  const startDelete = (comment: ConversationComment) => {
    const index = flat.findIndex((c) => c.id === comment.id);
    const next = flat.slice(index + 1).find((c) => !c.deleted);
    afterDeleteFocus.current = (next && headings.current.get(next.id)) ?? null;
    setDeleting(comment);
  };

  const isOwn = (comment: ConversationComment) => viewerId !== undefined && viewerId === comment.author?.id;
  const nameOf = (comment: ConversationComment) => commentAuthorName(comment, t);

  // After a delete: announced, and (as the dialog closes) focus to the next comment or the heading.
  const deleted = () => {
    announce(t('conversation.comments.deleted'));
    const target = afterDeleteFocus.current?.isConnected ? afterDeleteFocus.current : threadHeading.current;
    afterDeleteFocus.current = target;
    setDeleting(null);
  };
  const cancelDelete = () => {
    afterDeleteFocus.current = null;
    setDeleting(null);
  };
  const deleteFocus = () => {
    const target = afterDeleteFocus.current;
    afterDeleteFocus.current = null;
    return target ?? (deleting ? menuButtons.current.get(deleting.id) : null);
  };

  const renderComment = (comment: ConversationComment, isReply: boolean) => {
    const name = nameOf(comment);
    const editing = openForm?.kind === 'edit' && openForm.id === comment.id;
    const actions: MenuAction[] = [];
    if (!comment.deleted && !comment.withheld) {
      if (comment.viewerCanEdit)
        actions.push({
          id: 'edit',
          label: t('conversation.comments.edit'),
          run: () => setOpenForm({ id: comment.id, kind: 'edit' }),
        });
      if (comment.viewerCanDelete)
        actions.push({
          id: 'delete',
          label: t('conversation.comments.delete'),
          run: () => startDelete(comment),
        });
      if (comment.viewerCanReport)
        actions.push({
          id: 'report',
          label: t('conversation.comments.report'),
          run: () => setReporting(comment),
        });
    }
    return (
      <CommentItem
        comment={comment}
        headingLevel={(headingLevel + (isReply ? 2 : 1)) as 3 | 4 | 5 | 6}
        registerHeading={(el) => remember(headings.current, comment.id, el)}
        actions={
          <>
            {!isReply && canComment && !closed && !comment.deleted && !comment.withheld && (
              <button
                ref={(el) => remember(replyButtons.current, comment.id, el)}
                type="button"
                className="button button--secondary"
                aria-expanded={openForm?.kind === 'reply' && openForm.id === comment.id}
                onClick={() => setOpenForm({ id: comment.id, kind: 'reply' })}
              >
                {t('conversation.comments.reply')}
                <span className="visually-hidden"> {t('conversation.comments.replyContext', { name })}</span>
              </button>
            )}
            <ActionsMenu
              label={t('conversation.comments.actions')}
              context={t('conversation.comments.actionsContext', { name })}
              actions={actions}
              buttonRef={(el) => remember(menuButtons.current, comment.id, el)}
            />
          </>
        }
        editForm={
          editing && comment.bodyHtml != null ? (
            <CommentForm
              label={t('conversation.commentForm.editLabel')}
              submitLabel={t('conversation.commentForm.save')}
              busyLabel={t('conversation.commentForm.saving')}
              initialHtml={comment.bodyHtml}
              focusOnMount
              searchPeople={searchPeople}
              maxLength={maxLength}
              debounceMs={debounceMs}
              onCancel={() => closeForm(comment, 'edit')}
              onSubmit={async (html) => {
                await onEdit(comment.id, html);
                announce(t('conversation.comments.saved'));
                closeForm(comment, 'edit');
              }}
            />
          ) : null
        }
        reactions={!comment.deleted && !comment.withheld && renderReactions ? renderReactions(comment) : null}
        viewerIsAuthor={isOwn(comment)}
      />
    );
  };

  const HeadingTag = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <section className="comments" aria-labelledby={headingId}>
      <HeadingTag id={headingId} ref={threadHeading} tabIndex={-1} className="comments__heading">
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
          onClick={() => void showMore(onShowMore)}
        >
          {loadingMore ? t('conversation.comments.loadingMore') : t('conversation.comments.showMore')}
        </button>
      )}
      {newCommentCount > 0 && onShowNewComments && (
        <button
          type="button"
          className="button button--secondary comments__new"
          onClick={() => void showMore(onShowNewComments)}
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

      <ReportDialog
        open={reporting !== null}
        title={reporting ? t('conversation.comments.reportTitle', { name: nameOf(reporting) }) : undefined}
        onClose={() => setReporting(null)}
        onSubmit={(reason) => (reporting ? onReport(reporting.id, reason) : Promise.resolve())}
        returnFocusTo={() => (reporting ? menuButtons.current.get(reporting.id) : null)}
      />
      <ConfirmDialog
        open={deleting !== null && isOwn(deleting)}
        title={t('conversation.comments.deleteTitle')}
        text={t('conversation.comments.deleteText')}
        confirmLabel={t('conversation.comments.deleteConfirm')}
        busyLabel={t('conversation.comments.deleting')}
        onClose={cancelDelete}
        onConfirm={async () => {
          if (!deleting) return;
          await onDelete(deleting.id);
          deleted();
        }}
        returnFocusTo={deleteFocus}
      />
      <DeleteReasonDialog
        open={deleting !== null && !isOwn(deleting)}
        title={deleting ? t('conversation.deleteReason.title', { name: nameOf(deleting) }) : ''}
        onClose={cancelDelete}
        onSubmit={(reason) => (deleting ? onDelete(deleting.id, reason) : Promise.resolve())}
        onDeleted={deleted}
        returnFocusTo={deleteFocus}
      />
    </section>
  );
}

/** Keeps a comment's element for focus moves; forgets it when React removes it. */
function remember(map: Map<string, HTMLElement>, id: string, el: HTMLElement | null): void {
  if (el) map.set(id, el);
  else map.delete(id);
}
