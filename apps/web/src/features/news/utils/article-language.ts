/** The API's content language (SV/EN) as a BCP 47 tag for `lang` attributes. */
export const contentLang = (language: 'SV' | 'EN'): 'sv' | 'en' => (language === 'EN' ? 'en' : 'sv');

/** `lang` for content only when it differs from the interface, so screen readers switch voice just then. */
export function langIfDifferent(language: 'SV' | 'EN', uiLanguage: string): 'sv' | 'en' | undefined {
  const lang = contentLang(language);
  return uiLanguage.startsWith(lang) ? undefined : lang;
}
