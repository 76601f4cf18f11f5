import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_REASON_MAX_LENGTH } from '@commons/shared';
import { useAnnounce } from '../../../components/ui/announcer';
import { ErrorSummary, type FieldError } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/text-field';
import { useErrorSummaryFocus } from '../../../components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError } from '../../../utils/graphql-error';
import { ModalDialog } from './modal-dialog';

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
  const fieldId = useId();
  const introId = useId();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const { summaryRef, focusSummary } = useErrorSummaryFocus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const trimmed = reason.trim();
    const problem = !trimmed
      ? t('conversation.report.reasonRequired')
      : trimmed.length > maxLength
        ? t('conversation.report.reasonTooLong', { max: maxLength })
        : null;
    if (problem) {
      setErrors([{ fieldId, message: problem }]);
      focusSummary();
      return;
    }
    setSending(true);
    try {
      await onSubmit(trimmed);
      announce(t('conversation.report.sent'));
      onClose();
    } catch (e) {
      const info = readAppError(e);
      const message =
        info.code === 'BAD_INPUT' ? t('conversation.report.reasonRequired') : t(generalErrorKey(info));
      setErrors([{ fieldId, message }]);
      setSending(false);
      focusSummary();
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-describedby={introId}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <p id={introId}>{t('conversation.report.intro')}</p>
      <TextAreaField
        id={fieldId}
        label={t('conversation.report.reason')}
        hint={t('conversation.report.reasonHint', { max: maxLength })}
        error={errors[0]?.message}
        value={reason}
        rows={4}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={sending || undefined}>
          {sending ? t('conversation.report.sending') : t('conversation.report.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('conversation.report.cancel')}
        </button>
      </div>
    </form>
  );
}
