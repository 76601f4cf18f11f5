import { useTranslation } from 'react-i18next';
import { MODERATION_REASON_MAX_LENGTH } from '@commons/shared';
import { ReasonForm } from '@/components/ui/reason-form';
import { ModalDialog } from '@/components/ui/modal-dialog';

export interface DeleteReasonDialogProps {
  open: boolean;
  /** E.g. "Delete the comment by Anna Lind". */
  title: string;
  onClose: () => void;
  /** Deletes with the reason; resolve to close (the caller announces and moves focus), reject to show the error. */
  onSubmit: (reason: string) => Promise<unknown>;
  /** After onSubmit resolved. */
  onDeleted: () => void;
  returnFocusTo?: () => HTMLElement | null | undefined;
}

/**
 * A moderator deleting someone else's comment says why (the API requires it and keeps it in the
 * audit log): a required reason in a modal, errors in the GOV.UK summary pattern.
 */
export function DeleteReasonDialog({
  open,
  title,
  onClose,
  onSubmit,
  onDeleted,
  returnFocusTo,
}: DeleteReasonDialogProps) {
  const { t } = useTranslation();
  const max = MODERATION_REASON_MAX_LENGTH;
  return (
    <ModalDialog open={open} title={title} onClose={onClose} returnFocusTo={returnFocusTo}>
      <ReasonForm
        texts={{
          intro: t('conversation.deleteReason.intro'),
          label: t('conversation.deleteReason.reason'),
          hint: t('conversation.deleteReason.hint', { max }),
          required: t('conversation.deleteReason.required'),
          tooLong: t('conversation.deleteReason.tooLong', { max }),
          submit: t('conversation.comments.deleteConfirm'),
          sending: t('conversation.comments.deleting'),
          cancel: t('conversation.comments.cancel'),
        }}
        maxLength={max}
        onClose={onClose}
        onSubmit={onSubmit}
        onSent={onDeleted}
        submitClassName="button--warning"
      />
    </ModalDialog>
  );
}
