import { useTranslation } from 'react-i18next';
import { focusOnce } from '../utils/focus-once.util';
import { ErrorBanner } from '@/components/ui/error-banner';

/**
 * An inline "are you sure?" in place of the button that asked it: the question, a warning button that
 * takes focus when it appears, and Cancel. An error from the attempt is shown above the question.
 */
export function InlineConfirm({
  question,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  busy: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="post-card__confirm">
      <ErrorBanner message={error} />
      <p>{question}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          ref={focusOnce}
          aria-disabled={busy || undefined}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('spaces.cancel')}
        </button>
      </div>
    </div>
  );
}
