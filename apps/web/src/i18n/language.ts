import { DEFAULT_LANGUAGE, Language, LANGUAGES } from '@commons/shared';

/** Where the choice is remembered before sign-in (after sign-in the person's preference wins). */
export const LANGUAGE_STORAGE_KEY = 'commons.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language to start in: the remembered choice, then the browser's languages, then Swedish. */
export function detectLanguage(
  storage: Pick<Storage, 'getItem'> | undefined,
  browserLanguages: readonly string[],
): Language {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (private modes, policies); fall through to the browser's choice.
  }
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering is acceptable; the person's saved preference still applies after sign-in.
  }
}

/** The API's enum (SV/EN) to the interface language and back. */
export const fromApiLanguage = (value: 'SV' | 'EN'): Language => (value === 'EN' ? Language.EN : Language.SV);
export const toApiLanguage = (value: Language): 'SV' | 'EN' => (value === Language.EN ? 'EN' : 'SV');
