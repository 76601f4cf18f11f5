import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MODERATION_REASON_MAX_LENGTH } from '@commons/shared';
import { ErrorSummary, type FieldError } from '../../../components/ui/error-summary';
import { ModalDialog } from '../../../components/ui/modal-dialog';
import { TextAreaField } from '../../../components/ui/text-field';
import { useErrorSummaryFocus } from '../../../components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError } from '../../../utils/graphql-error';

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
      <ReasonForm action={action} onClose={onClose} onSubmit={onSubmit} />
    </ModalDialog>
  );
}

function ReasonForm({
  action,
  onClose,
  onSubmit,
}: Pick<ModerationDialogProps, 'action' | 'onClose' | 'onSubmit'>) {
  const { t } = useTranslation();
  const fieldId = useId();
  const introId = useId();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const { summaryRef, focusSummary } = useErrorSummaryFocus();
  const hide = action === 'HIDE';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const trimmed = reason.trim();
    const problem = !trimmed
      ? t('moderation.dialog.reasonRequired')
      : trimmed.length > MODERATION_REASON_MAX_LENGTH
        ? t('moderation.dialog.reasonTooLong', { max: MODERATION_REASON_MAX_LENGTH })
        : null;
    if (problem) {
      setErrors([{ fieldId, message: problem }]);
      focusSummary();
      return;
    }
    setSending(true);
    try {
      await onSubmit(trimmed);
    } catch (e) {
      const info = readAppError(e);
      const message =
        info.reason === 'ALREADY_HANDLED'
          ? t('moderation.dialog.alreadyHandled')
          : info.code === 'BAD_INPUT'
            ? t('moderation.dialog.reasonRequired')
            : t(generalErrorKey(info));
      setErrors([{ fieldId, message }]);
      setSending(false);
      focusSummary();
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-describedby={introId}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <p id={introId}>{hide ? t('moderation.dialog.hideIntro') : t('moderation.dialog.dismissIntro')}</p>
      <TextAreaField
        id={fieldId}
        label={t('moderation.dialog.reason')}
        hint={t(hide ? 'moderation.dialog.hideReasonHint' : 'moderation.dialog.dismissReasonHint', {
          max: MODERATION_REASON_MAX_LENGTH,
        })}
        error={errors[0]?.message}
        value={reason}
        rows={4}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <button
          type="submit"
          className={`button${hide ? ' button--warning' : ''}`}
          aria-disabled={sending || undefined}
        >
          {sending ? t('moderation.dialog.sending') : hide ? t('moderation.hide') : t('moderation.dismiss')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('moderation.dialog.cancel')}
        </button>
      </div>
    </form>
  );
}
