import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { SkipLink } from '@/components/ui/skip-link';
import { LanguageSwitch } from '@/features/preferences/components/language-switch';
import { paths } from '@/config/paths';

/** The frame for pages seen before sign-in: brand, language switch, main. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <header className="header">
        <div className="header__inner">
          <Link to={paths.signIn.to()} className="header__brand">
            {t('app.name')}
          </Link>
          <div className="header__tools header__tools--public">
            <LanguageSwitch signedIn={false} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
    </>
  );
}
