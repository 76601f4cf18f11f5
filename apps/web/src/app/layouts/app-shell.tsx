import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { SkipLink } from '@/components/ui/skip-link';
import { RequireAuth, type SessionPerson } from '@/features/auth/components/require-auth';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useViewerCanModerate } from '@/features/moderation/api/viewer-can-moderate.query';
import { LanguageSwitch } from '@/features/preferences/components/language-switch';
import { usePersonLanguage } from '@/features/preferences/hooks/use-person-language';
import { paths } from '@/config/paths';

const MENU_ID = 'header-menu';
const MODERATION_REASK_MS = 60_000;

/** The signed-in frame: skip link, header with navigation, language and sign-out, then main. */
export function AppShell() {
  return <RequireAuth>{(me) => <Shell me={me} />}</RequireAuth>;
}

function Shell({ me }: { me: SessionPerson }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  usePersonLanguage(me.language);
  // Editors, and anyone who owns or moderates a space; no link until the API says so.
  const moderation = useViewerCanModerate();
  const canModerate = moderation.data?.viewerCanModerate ?? false;

  // A new page closes the small-screen menu.
  useEffect(() => setMenuOpen(false), [location.pathname]);
  // Creating or leaving a space asks again at once (the spaces mutations refetch it). Being made a
  // moderator by someone else shows on a later page: asked again on navigation, at most once a minute.
  const { refetch: refetchModeration, loading: moderationLoading } = moderation;
  const askedAt = useRef(Date.now());
  useEffect(() => {
    if (canModerate || moderationLoading || Date.now() - askedAt.current < MODERATION_REASK_MS) return;
    askedAt.current = Date.now();
    void refetchModeration().catch(() => undefined);
  }, [location.pathname, canModerate, moderationLoading, refetchModeration]);

  const navClass = ({ isActive }: { isActive: boolean }) =>
    `nav__link${isActive ? ' nav__link--active' : ''}`;
  return (
    <>
      <SkipLink />
      <header className="header">
        <div className="header__inner">
          <Link to={paths.home.to()} className="header__brand">
            {t('app.name')}
          </Link>
          <button
            type="button"
            className="header__menu-button"
            aria-expanded={menuOpen}
            aria-controls={MENU_ID}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
            <span className="header__menu-icon" aria-hidden="true" />
          </button>
          <div id={MENU_ID} className="header__menu" data-open={menuOpen}>
            <nav aria-label={t('nav.label')} className="nav">
              <ul className="nav__list">
                <li>
                  <NavLink to={paths.home.to()} end className={navClass}>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.spaces.to()} className={navClass}>
                    {t('nav.spaces')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.people.to()} className={navClass}>
                    {t('nav.people')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.studio.to()} className={navClass}>
                    {t('nav.studio')}
                  </NavLink>
                </li>
                {canModerate && (
                  <li>
                    <NavLink to={paths.moderation.to()} className={navClass}>
                      {t('nav.moderation')}
                    </NavLink>
                  </li>
                )}
                <li>
                  <NavLink to={paths.settings.to()} className={navClass}>
                    {t('nav.settings')}
                  </NavLink>
                </li>
              </ul>
            </nav>
            <div className="header__tools">
              <LanguageSwitch signedIn />
              <p className="header__person">{t('nav.signedInAs', { name: me.displayName })}</p>
              <SignOutButton />
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        {/* Pages other than home load on first visit (app/router/routes.tsx). */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
