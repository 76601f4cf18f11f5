import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ArticleFormat } from '@commons/web-graphql';
import { type FieldError } from '@/components/ui/error-summary';
import { FormPageHeader } from '@/components/ui/form-page-header';
import { TextField } from '@/components/ui/text-field';
import { useErrorSummaryFocus } from '@/components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useCreateArticle } from '../api/article-mutations';
import { ARTICLE_FORMATS } from '../utils/article-formats.util';
import { paths } from '@/config/paths';
import '../studio.css';

/** /studio/new — a title, a language and a format make a draft; the editor takes over from there. */
export function StudioNewRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useCreateArticle();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<'SV' | 'EN'>(i18n.language === 'en' ? 'EN' : 'SV');
  const [format, setFormat] = useState<ArticleFormat>('ARTICLE');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);
  const { summaryRef, focusSummary } = useErrorSummaryFocus();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setServerError(null);
    if (!title.trim()) {
      setErrors([{ fieldId: 'new-title', message: t('studio.problems.TITLE_REQUIRED') }]);
      focusSummary();
      return;
    }
    setErrors([]);
    try {
      const result = await create({ variables: { input: { title: title.trim(), language, format } } });
      const id = result.data?.createArticle.id;
      if (id) void navigate(paths.studioArticle.to(id), { replace: true });
    } catch (e) {
      const info = readAppError(e);
      if (info.code === 'BAD_USER_INPUT' && info.field === 'title') {
        setErrors([{ fieldId: 'new-title', message: t('studio.problems.TITLE_INVALID') }]);
        focusSummary();
      } else setServerError(t(generalErrorKey(info)));
    }
  };

  const titleError = errors.find((e) => e.fieldId === 'new-title')?.message;
  return (
    <div className="narrow">
      <FormPageHeader
        backTo={paths.studio.to()}
        backLabel={t('studio.back')}
        title={t('studio.newTitle')}
        errors={errors}
        summaryRef={summaryRef}
        serverError={serverError}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id="new-title"
          label={t('studio.fields.title')}
          value={title}
          maxLength={200}
          error={titleError}
          onChange={(e) => setTitle(e.target.value)}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('studio.fields.language')}</legend>
          {(['SV', 'EN'] as const).map((l) => (
            <div className="radio" key={l}>
              <input
                id={`new-language-${l}`}
                className="radio__input"
                type="radio"
                name="language"
                checked={language === l}
                onChange={() => setLanguage(l)}
              />
              <label htmlFor={`new-language-${l}`} lang={l === 'EN' ? 'en' : 'sv'}>
                {t(l === 'EN' ? 'language.en' : 'language.sv')}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('studio.fields.format')}</legend>
          {ARTICLE_FORMATS.map((f) => (
            <div className="radio" key={f}>
              <input
                id={`new-format-${f}`}
                className="radio__input"
                type="radio"
                name="format"
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              <label htmlFor={`new-format-${f}`}>{t(`news.format.${f}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          {loading ? t('studio.creating') : t('studio.create')}
        </button>
      </form>
    </div>
  );
}
