import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { generalErrorKey, readAppError, type AppErrorInfo } from '@/utils/graphql-error';
import { ErrorSummary, type FieldError } from './error-summary';
import { TextAreaField } from './text-field';
import { useErrorSummaryFocus } from './use-error-summary-focus';

/** The form's words, already translated by the dialog that uses it. */
export interface ReasonFormTexts {
  intro: string;
  label: string;
  hint: string;
  required: string;
  tooLong: string;
  submit: string;
  sending: string;
  cancel: string;
}

export interface ReasonFormProps {
  texts: ReasonFormTexts;
  maxLength: number;
  onClose: () => void;
  /** Sends the trimmed reason; resolves once done, rejects to show the error and keep the reason. */
  onSubmit: (reason: string) => Promise<unknown>;
  /** After onSubmit resolved (e.g. announce and close). */
  onSent?: () => void;
  /** A message for a refusal this dialog knows better than the general ones; undefined for the rest. */
  refusalMessage?: (info: AppErrorInfo) => string | undefined;
  /** Extra class on the submit button (e.g. the warning style for a destructive action). */
  submitClassName?: string;
}

/**
 * A required, trimmed reason with a length limit (reporting, moderating): errors in the GOV.UK summary
 * pattern (summary focused, linked to the field), submit and cancel. A refusal from the server keeps
 * what was typed.
 */
export function ReasonForm({
  texts,
  maxLength,
  onClose,
  onSubmit,
  onSent,
  refusalMessage,
  submitClassName,
}: ReasonFormProps) {
  const { t } = useTranslation();
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
    const problem = !trimmed ? texts.required : trimmed.length > maxLength ? texts.tooLong : null;
    if (problem) {
      setErrors([{ fieldId, message: problem }]);
      focusSummary();
      return;
    }
    setSending(true);
    try {
      await onSubmit(trimmed);
      onSent?.();
    } catch (e) {
      const info = readAppError(e);
      // The server checks the same rules; its answer for the reason field reads like ours.
      const fieldMessage =
        info.reason === 'TOO_LONG' ? texts.tooLong : info.reason === 'REQUIRED' ? texts.required : null;
      const message = refusalMessage?.(info) ?? fieldMessage ?? t(generalErrorKey(info));
      setErrors([{ fieldId, message }]);
      setSending(false);
      focusSummary();
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-describedby={introId}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <p id={introId}>{texts.intro}</p>
      <TextAreaField
        id={fieldId}
        label={texts.label}
        hint={texts.hint}
        error={errors[0]?.message}
        value={reason}
        rows={4}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <button
          type="submit"
          className={`button${submitClassName ? ` ${submitClassName}` : ''}`}
          aria-disabled={sending || undefined}
        >
          {sending ? texts.sending : texts.submit}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
}
