import { Language } from '@commons/shared';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from './language';

const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? value : null),
});

describe('detectLanguage', () => {
  it('prefers the remembered choice', () => {
    expect(detectLanguage(storageWith('en'), ['sv-SE'])).toBe(Language.EN);
  });
  it('ignores a remembered value that is not a language', () => {
    expect(detectLanguage(storageWith('de'), ['en-GB'])).toBe(Language.EN);
  });
  it("then takes the browser's first supported language", () => {
    expect(detectLanguage(storageWith(null), ['de-DE', 'en-US', 'sv'])).toBe(Language.EN);
    expect(detectLanguage(storageWith(null), ['sv-FI'])).toBe(Language.SV);
  });
  it('falls back to Swedish, also when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(detectLanguage(blocked, ['fr'])).toBe(Language.SV);
  });
});
