import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationComment, SearchPeople } from '../types';
import { commentAuthorName } from '../utils/comment-author-name';
import type { ThreadFocus } from '../hooks/use-thread-focus';
import { ActionsMenu, type MenuAction } from './actions-menu';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';

export type OpenForm = { id: string; kind: 'reply' | 'edit' } | null;

interface ThreadCommentProps {
  comment: ConversationComment;
  isReply: boolean;
  /** Level of the thread heading; the comment is one below, a reply two. */
  threadHeadingLevel: 2 | 3 | 4;
  focus: ThreadFocus;
  openForm: OpenForm;
  setOpenForm: (form: OpenForm) => void;
  closeForm: (comment: ConversationComment, kind: 'reply' | 'edit') => void;
  /** Reply buttons: the viewer may write and comments are open. */
  canReply: boolean;
  viewerIsAuthor: boolean;
  onEdit: (id: string, bodyHtml: string) => Promise<unknown>;
  onStartDelete: (comment: ConversationComment) => void;
  onStartReport: (comment: ConversationComment) => void;
  renderReactions?: (comment: ConversationComment) => ReactNode;
  searchPeople: SearchPeople;
  maxLength?: number;
  debounceMs?: number;
  announce: (message: string) => void;
}

/**
 * One comment in a thread with what can be done to it: Reply (top level only), the actions menu
 * (Edit, Delete, Report, as the API allows) and the inline edit form.
 */
export function ThreadComment({
  comment,
  isReply,
  threadHeadingLevel,
  focus,
  openForm,
  setOpenForm,
  closeForm,
  canReply,
  viewerIsAuthor,
  onEdit,
  onStartDelete,
  onStartReport,
  renderReactions,
  searchPeople,
  maxLength,
  debounceMs,
  announce,
}: ThreadCommentProps) {
  const { t } = useTranslation();
  const name = commentAuthorName(comment, t);
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
        run: () => onStartDelete(comment),
      });
    if (comment.viewerCanReport)
      actions.push({
        id: 'report',
        label: t('conversation.comments.report'),
        run: () => onStartReport(comment),
      });
  }
  return (
    <CommentItem
      comment={comment}
      headingLevel={(threadHeadingLevel + (isReply ? 2 : 1)) as 3 | 4 | 5 | 6}
      registerHeading={focus.register.heading(comment.id)}
      actions={
        <>
          {!isReply && canReply && !comment.deleted && !comment.withheld && (
            <button
              ref={focus.register.replyButton(comment.id)}
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
            buttonRef={focus.register.menuButton(comment.id)}
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
      viewerIsAuthor={viewerIsAuthor}
    />
  );
}
