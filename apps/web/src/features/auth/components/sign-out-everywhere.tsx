import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../hooks/use-sign-out';

/** The settings section that ends every session of the person, this one included. */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.sessionsHeading')}</h2>
      <p>{t('settings.sessionsBody')}</p>
      <button
        type="button"
        className="button button--warning"
        onClick={() => void signOut({ everywhere: true })}
      >
        {t('settings.signOutEverywhere')}
      </button>
    </section>
  );
}
