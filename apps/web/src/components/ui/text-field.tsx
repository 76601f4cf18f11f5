import { forwardRef, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

interface FieldFrameProps extends FieldProps {
  /** Renders the control with the attributes that tie it to the label, hint and error. */
  children: (control: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A field's inline error, with a hidden "Error:" prefix; its id goes in the control's aria-describedby. */
export function FieldErrorText({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {message}
    </p>
  );
}

/**
 * The one place a labelled control gets its hint and inline error (GOV.UK pattern): the error carries
 * a hidden "Error:" prefix, and both are tied to the control by aria-describedby, hint first.
 */
function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && errorId && <FieldErrorText id={errorId} message={error} />}
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled input with an optional hint and inline error. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, hint, error, className, ...inputProps },
  ref,
) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          ref={ref}
          id={id}
          className={`field__input${className ? ` ${className}` : ''}`}
          {...control}
          {...inputProps}
        />
      )}
    </FieldFrame>
  );
});

type TextAreaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/** A labelled multi-line field with an optional hint and inline error. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { id, label, hint, error, className, ...textareaProps },
  ref,
) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          ref={ref}
          id={id}
          className={`field__input field__textarea${className ? ` ${className}` : ''}`}
          {...control}
          {...textareaProps}
        />
      )}
    </FieldFrame>
  );
});
