import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isValidEmail } from '@commons/shared';
import { ErrorSummary, type FieldError } from '@/components/ui/error-summary';
import { PageHeading } from '@/components/ui/page-heading';
import { TextField } from '@/components/ui/text-field';
import { useErrorSummaryFocus } from '@/components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useLogin } from '../api/login.mutation';
import { safeReturnPath } from '../utils/safe-return-path';

const EMAIL_ID = 'email';
const PASSWORD_ID = 'password';

type Errors = { email?: string; password?: string; form?: string };

/** GOV.UK-style sign-in: visible labels, an error summary focused on a failed submit, inline errors. */
export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [login, { loading }] = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { summaryRef, focusSummary } = useErrorSummaryFocus();

  const showErrors = (next: Errors) => {
    setErrors(next);
    focusSummary();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const next: Errors = {};
    const trimmed = email.trim();
    if (!trimmed) next.email = t('signIn.emailRequired');
    else if (!isValidEmail(trimmed)) next.email = t('signIn.emailInvalid');
    if (!password) next.password = t('signIn.passwordRequired');
    if (next.email || next.password) return showErrors(next);

    try {
      await login({ variables: { email: trimmed, password } });
      setErrors({});
      navigate(safeReturnPath(params.get('next')), { replace: true });
    } catch (error) {
      const info = readAppError(error);
      if (info.reason === 'INVALID_CREDENTIALS' || info.code === 'UNAUTHENTICATED') {
        // The same answer for an unknown e-mail and a wrong password; point at the first field.
        showErrors({ email: t('signIn.invalidCredentials') });
      } else if (info.code === 'TOO_MANY_REQUESTS') {
        showErrors({ form: t('signIn.throttled') });
      } else if (info.code === 'BAD_USER_INPUT' && info.field === 'email') {
        showErrors({ email: t('signIn.emailInvalid') });
      } else {
        showErrors({ form: t(generalErrorKey(info)) });
      }
    }
  };

  const summary: FieldError[] = [];
  if (errors.form) summary.push({ fieldId: EMAIL_ID, message: errors.form });
  if (errors.email) summary.push({ fieldId: EMAIL_ID, message: errors.email });
  if (errors.password) summary.push({ fieldId: PASSWORD_ID, message: errors.password });

  return (
    <div className="narrow">
      <ErrorSummary ref={summaryRef} errors={summary} />
      <PageHeading title={t('signIn.title')} error={summary.length > 0}>
        {t('signIn.title')}
      </PageHeading>
      {params.get('signedOut') && <p className="banner banner--success">{t('signIn.signedOut')}</p>}
      <p className="lead">{t('signIn.intro')}</p>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id={EMAIL_ID}
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          label={t('signIn.email')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
        />
        <TextField
          id={PASSWORD_ID}
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('signIn.password')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
