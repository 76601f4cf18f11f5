import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Language, LANGUAGES } from '@commons/shared';
import { QueryError } from '@/components/ui/query-error';
import { useChangeLanguage } from '../hooks/use-change-language';

/** The settings section for the interface language, saved on the person. */
export function LanguageForm({ onSaved }: { onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [choice, setChoice] = useState<Language>(i18n.language as Language);
  const { change, error } = useChangeLanguage({ signedIn: true });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await change(choice);
      onSaved();
    } catch {
      // The error is shown from the mutation state below.
    }
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.languageHeading')}</h2>
      {error && <QueryError error={error} />}
      <form onSubmit={onSubmit}>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('settings.languageLegend')}</legend>
          {LANGUAGES.map((language) => (
            <div className="radio" key={language}>
              <input
                className="radio__input"
                type="radio"
                id={`language-${language}`}
                name="language"
                value={language}
                checked={choice === language}
                onChange={() => setChoice(language)}
              />
              <label className="radio__label" htmlFor={`language-${language}`} lang={language}>
                {t(`language.${language}`, { lng: language })}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t('settings.languageSave')}
        </button>
      </form>
    </section>
  );
}
