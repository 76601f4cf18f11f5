import { useTranslation } from 'react-i18next';
import { MODERATION_REASON_MAX_LENGTH } from '@commons/shared';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { ReasonForm } from '@/components/ui/reason-form';

export type ModerationChoice = 'HIDE' | 'DISMISS';

interface ModerationDialogProps {
  open: boolean;
  action: ModerationChoice;
  title: string;
  onClose: () => void;
  /** Resolves once handled (the dialog then closes); rejects to show the error and keep the reason. */
  onSubmit: (reason: string) => Promise<unknown>;
  returnFocusTo?: () => HTMLElement | null | undefined;
}

/** Hide or dismiss, with a required reason, in a modal (focus in, Tab kept inside, Esc, focus back). */
export function ModerationDialog({
  open,
  action,
  title,
  onClose,
  onSubmit,
  returnFocusTo,
}: ModerationDialogProps) {
  return (
    <ModalDialog open={open} title={title} onClose={onClose} returnFocusTo={returnFocusTo}>
      <ModerationReasonForm action={action} onClose={onClose} onSubmit={onSubmit} />
    </ModalDialog>
  );
}

function ModerationReasonForm({
  action,
  onClose,
  onSubmit,
}: Pick<ModerationDialogProps, 'action' | 'onClose' | 'onSubmit'>) {
  const { t } = useTranslation();
  const hide = action === 'HIDE';
  const max = MODERATION_REASON_MAX_LENGTH;
  return (
    <ReasonForm
      texts={{
        intro: hide ? t('moderation.dialog.hideIntro') : t('moderation.dialog.dismissIntro'),
        label: t('moderation.dialog.reason'),
        hint: t(hide ? 'moderation.dialog.hideReasonHint' : 'moderation.dialog.dismissReasonHint', { max }),
        required: t('moderation.dialog.reasonRequired'),
        tooLong: t('moderation.dialog.reasonTooLong', { max }),
        submit: hide ? t('moderation.hide') : t('moderation.dismiss'),
        sending: t('moderation.dialog.sending'),
        cancel: t('moderation.dialog.cancel'),
      }}
      maxLength={max}
      onClose={onClose}
      onSubmit={onSubmit}
      refusalMessage={(info) =>
        info.reason === 'ALREADY_HANDLED' ? t('moderation.dialog.alreadyHandled') : undefined
      }
      submitClassName={hide ? 'button--warning' : undefined}
    />
  );
}
