import { useTranslation } from 'react-i18next';
import { REPORT_REASON_MAX_LENGTH } from '@commons/shared';
import { useAnnounce } from '@/components/ui/announcer';
import { ReasonForm } from '@/components/ui/reason-form';
import { ModalDialog } from '@/components/ui/modal-dialog';

export interface ReportDialogProps {
  open: boolean;
  onClose: () => void;
  /** Sends the report; resolve to close the dialog and thank the person, reject to show the error. */
  onSubmit: (reason: string) => Promise<unknown>;
  /** E.g. "Report the comment by Anna Lind"; defaults to "Report content". */
  title?: string;
  maxLength?: number;
  returnFocusTo?: () => HTMLElement | null | undefined;
}

/** "Report" for comments and posts: a required reason in a modal, errors in the GOV.UK summary pattern. */
export function ReportDialog({ open, onClose, title, ...formProps }: ReportDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      title={title ?? t('conversation.report.title')}
      returnFocusTo={formProps.returnFocusTo}
    >
      <ReportForm onClose={onClose} {...formProps} />
    </ModalDialog>
  );
}

function ReportForm({
  onClose,
  onSubmit,
  maxLength = REPORT_REASON_MAX_LENGTH,
}: Pick<ReportDialogProps, 'onClose' | 'onSubmit' | 'maxLength'>) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  return (
    <ReasonForm
      texts={{
        intro: t('conversation.report.intro'),
        label: t('conversation.report.reason'),
        hint: t('conversation.report.reasonHint', { max: maxLength }),
        required: t('conversation.report.reasonRequired'),
        tooLong: t('conversation.report.reasonTooLong', { max: maxLength }),
        submit: t('conversation.report.submit'),
        sending: t('conversation.report.sending'),
        cancel: t('conversation.report.cancel'),
      }}
      maxLength={maxLength}
      onClose={onClose}
      onSubmit={onSubmit}
      onSent={() => {
        announce(t('conversation.report.sent'));
        onClose();
      }}
    />
  );
}
