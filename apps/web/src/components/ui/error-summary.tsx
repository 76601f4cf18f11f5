import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import './error-summary.css';

export interface FieldError {
  /** The id of the field the message is about; the summary links to it. */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK-style error summary: shown above the form after a failed submit and focused by the form,
 * each message a link that moves focus to its field. Links handle focus themselves because the
 * router would otherwise treat "#field" as a navigation.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldError[] }>(function ErrorSummary(
  { errors },
  ref,
) {
  const { t } = useTranslation();
  const headingId = useId();
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby={headingId}>
      <h2 id={headingId} className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                const field = document.getElementById(error.fieldId);
                if (!field) return;
                event.preventDefault();
                field.focus();
                field.scrollIntoView?.({ block: 'center' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
