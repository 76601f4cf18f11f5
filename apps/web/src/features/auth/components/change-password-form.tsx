import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@commons/shared';
import { ErrorSummary, type FieldError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { useErrorSummaryFocus } from '@/components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useChangePassword } from '../api/change-password.mutation';

const CURRENT_ID = 'current-password';
const NEW_ID = 'new-password';

type Errors = { current?: string; next?: string; form?: string };

/** Change password; `onChanged` lets the page show its success banner. */
export function ChangePasswordForm({
  onChanged,
  onErrors,
}: {
  onChanged: () => void;
  onErrors?: (has: boolean) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [changePassword, { loading }] = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { summaryRef, focusSummary } = useErrorSummaryFocus();

  const show = (value: Errors) => {
    setErrors(value);
    onErrors?.(Object.keys(value).length > 0);
    focusSummary();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const found: Errors = {};
    if (!current) found.current = t('settings.currentPasswordRequired');
    if (!next) found.next = t('settings.newPasswordRequired');
    else if (next.length < PASSWORD_MIN_LENGTH)
      found.next = t('settings.newPasswordTooShort', { min: PASSWORD_MIN_LENGTH });
    else if (next.length > PASSWORD_MAX_LENGTH)
      found.next = t('settings.newPasswordTooLong', { max: PASSWORD_MAX_LENGTH });
    if (Object.keys(found).length) return show(found);

    try {
      await changePassword({ variables: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setErrors({});
      onErrors?.(false);
      onChanged();
    } catch (error) {
      const info = readAppError(error);
      if (info.field === 'currentPassword' || info.reason === 'INVALID_CREDENTIALS') {
        show({ current: t('settings.currentPasswordWrong') });
      } else if (info.field === 'newPassword' && info.reason === 'TOO_SHORT') {
        show({ next: t('settings.newPasswordTooShort', { min: PASSWORD_MIN_LENGTH }) });
      } else if (info.field === 'newPassword' && info.reason === 'TOO_LONG') {
        show({ next: t('settings.newPasswordTooLong', { max: PASSWORD_MAX_LENGTH }) });
      } else {
        show({ form: t(generalErrorKey(info)) });
      }
    }
  };

  const summary: FieldError[] = [];
  if (errors.form) summary.push({ fieldId: CURRENT_ID, message: errors.form });
  if (errors.current) summary.push({ fieldId: CURRENT_ID, message: errors.current });
  if (errors.next) summary.push({ fieldId: NEW_ID, message: errors.next });

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.passwordHeading')}</h2>
      <ErrorSummary ref={summaryRef} errors={summary} />
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id={CURRENT_ID}
          type="password"
          autoComplete="current-password"
          label={t('settings.currentPassword')}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.current}
        />
        <TextField
          id={NEW_ID}
          type="password"
          autoComplete="new-password"
          label={t('settings.newPassword')}
          hint={t('settings.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.next}
        />
        <button type="submit" className="button">
          {t('settings.passwordSave')}
        </button>
      </form>
    </section>
  );
}
