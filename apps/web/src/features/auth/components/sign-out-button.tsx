import { useTranslation } from 'react-i18next';
import { useSignOut } from '../hooks/use-sign-out';

export function SignOutButton({ className = 'button button--link' }: { className?: string }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <button type="button" className={className} onClick={() => void signOut()}>
      {t('nav.signOut')}
    </button>
  );
}
