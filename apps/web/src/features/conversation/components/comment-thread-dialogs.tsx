import { useTranslation } from 'react-i18next';
import type { ConversationComment } from '../types';
import { commentAuthorName } from '../utils/comment-author-name';
import { ConfirmDialog } from './confirm-dialog';
import { DeleteReasonDialog } from './delete-reason-dialog';
import { ReportDialog } from './report-dialog';

interface CommentThreadDialogsProps {
  reporting: ConversationComment | null;
  onCloseReport: () => void;
  onReport: (id: string, reason: string) => Promise<unknown>;
  deleting: ConversationComment | null;
  /** Deleting one's own comment is confirmed; someone else's (a moderator) needs a reason. */
  deletingOwn: boolean;
  onDelete: (id: string, reason?: string) => Promise<unknown>;
  onDeleted: () => void;
  onCancelDelete: () => void;
  /** Where focus returns as a dialog closes. */
  reportFocus: () => HTMLElement | null | undefined;
  deleteFocus: () => HTMLElement | null | undefined;
}

/** A thread's modal dialogs: report a comment, confirm deleting one's own, delete another's with a reason. */
export function CommentThreadDialogs({
  reporting,
  onCloseReport,
  onReport,
  deleting,
  deletingOwn,
  onDelete,
  onDeleted,
  onCancelDelete,
  reportFocus,
  deleteFocus,
}: CommentThreadDialogsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ReportDialog
        open={reporting !== null}
        title={
          reporting
            ? t('conversation.comments.reportTitle', { name: commentAuthorName(reporting, t) })
            : undefined
        }
        onClose={onCloseReport}
        onSubmit={(reason) => (reporting ? onReport(reporting.id, reason) : Promise.resolve())}
        returnFocusTo={reportFocus}
      />
      <ConfirmDialog
        open={deleting !== null && deletingOwn}
        title={t('conversation.comments.deleteTitle')}
        text={t('conversation.comments.deleteText')}
        confirmLabel={t('conversation.comments.deleteConfirm')}
        busyLabel={t('conversation.comments.deleting')}
        onClose={onCancelDelete}
        onConfirm={async () => {
          if (!deleting) return;
          await onDelete(deleting.id);
          onDeleted();
        }}
        returnFocusTo={deleteFocus}
      />
      <DeleteReasonDialog
        open={deleting !== null && !deletingOwn}
        title={deleting ? t('conversation.deleteReason.title', { name: commentAuthorName(deleting, t) }) : ''}
        onClose={onCancelDelete}
        onSubmit={(reason) => (deleting ? onDelete(deleting.id, reason) : Promise.resolve())}
        onDeleted={onDeleted}
        returnFocusTo={deleteFocus}
      />
    </>
  );
}
