import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Language, LANGUAGES } from '@commons/shared';
import { useAnnounce } from '@/components/ui/announcer';
import { useChangeLanguage } from '../hooks/use-change-language';

/**
 * "Svenska | English", each named in its own language (GOV.UK language navigation). The links
 * carry `?lang=` so they also work when opened in a new tab.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { change } = useChangeLanguage({ signedIn });
  const announce = useAnnounce();

  return (
    <nav className="language-switch" aria-label={t('nav.languageLabel')}>
      <ul className="language-switch__list">
        {LANGUAGES.map((language) => {
          const current = i18n.language === language;
          const params = new URLSearchParams(location.search);
          params.set('lang', language);
          return (
            <li key={language}>
              <a
                href={`${location.pathname}?${params.toString()}`}
                lang={language}
                hrefLang={language}
                aria-current={current ? 'true' : undefined}
                className="language-switch__link"
                onClick={(event) => {
                  event.preventDefault();
                  // i18n.t, not t: by now the interface speaks the newly chosen language.
                  if (!current)
                    void change(language as Language).catch(() =>
                      announce(i18n.t('errors.languageNotSaved')),
                    );
                }}
              >
                {t(`language.${language}`, { lng: language })}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
