import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SuccessBanner } from '@/components/ui/notification-banner';
import { PageHeading } from '@/components/ui/page-heading';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { SignOutEverywhere } from '@/features/auth/components/sign-out-everywhere';
import { LanguageForm } from '@/features/preferences/components/language-form';

type Saved = 'language' | 'password' | null;

/** Settings brings together sections owned by the preferences and auth features. */
export function SettingsRoute() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Saved>(null);
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <div className="narrow">
      {saved && (
        <SuccessBanner>
          {saved === 'password' ? t('settings.passwordChanged') : t('settings.saved')}
        </SuccessBanner>
      )}
      <PageHeading title={t('settings.title')} error={hasErrors}>
        {t('settings.title')}
      </PageHeading>
      <LanguageForm onSaved={() => setSaved('language')} />
      <ChangePasswordForm onChanged={() => setSaved('password')} onErrors={setHasErrors} />
      <SignOutEverywhere />
    </div>
  );
}
