import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, Language } from '@commons/shared';
import en from './en.json';
import sv from './sv.json';
import { rememberLanguage } from './language';

export const resources = { en: { translation: en }, sv: { translation: sv } } as const;

/**
 * One i18next instance per app (and per test). Resources are bundled, so start-up is synchronous
 * and the first paint is already in the right language.
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE, storage?: Pick<Storage, 'setItem'>): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [Language.SV, Language.EN],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const applyLanguage = (lng: string) => {
    // Screen readers pick voice and pronunciation from <html lang>; keep it in step with the strings.
    document.documentElement.lang = lng;
    rememberLanguage(storage, lng as Language);
  };
  applyLanguage(instance.language);
  instance.on('languageChanged', applyLanguage);
  return instance;
}
