import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { StudioArticleFieldsFragment } from '@commons/web-graphql';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useCreateArticle } from '../api/article-mutations';
import { useFormatDate } from '@/utils/use-format-date';
import { paths } from '@/config/paths';

/**
 * The article's language versions (with a way to start the other one) and its revisions: who
 * changed what, and when, newest first.
 */
export function ArticleHistory({ article }: { article: StudioArticleFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const navigate = useNavigate();
  const [create, { loading }] = useCreateArticle();
  const [error, setError] = useState<string | null>(null);
  const versionsId = useId();
  const historyId = useId();
  const other = article.language === 'SV' ? 'EN' : 'SV';
  const existing = article.translations.find((v) => v.language === other);

  const startTranslation = async () => {
    if (loading) return;
    setError(null);
    try {
      const result = await create({
        variables: {
          input: {
            title: article.title,
            language: other,
            format: article.format,
            translationOfId: article.id,
          },
        },
      });
      const id = result.data?.createArticle.id;
      if (id) void navigate(paths.studioArticle.to(id));
    } catch (e) {
      setError(t(generalErrorKey(readAppError(e))));
    }
  };

  const revisions = [...article.revisions].sort((a, b) => b.revision - a.revision);
  return (
    <>
      <section aria-labelledby={versionsId} className="studio-section">
        <h2 id={versionsId}>{t('studio.history.versions')}</h2>
        {article.translations.length > 0 && (
          <ul className="link-list">
            {article.translations.map((v) => (
              <li key={v.id}>
                <Link to={paths.studioArticle.to(v.id)} lang={v.language === 'EN' ? 'en' : 'sv'}>
                  {v.title}
                </Link>{' '}
                ({t(v.language === 'EN' ? 'language.en' : 'language.sv')})
              </li>
            ))}
          </ul>
        )}
        {!existing && (
          <>
            {error && (
              <p className="field__error">
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {error}
              </p>
            )}
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={loading || undefined}
              onClick={() => void startTranslation()}
            >
              {t(`studio.history.translate${other}`)}
            </button>
          </>
        )}
      </section>
      {revisions.length > 0 && (
        <section aria-labelledby={historyId} className="studio-section">
          <h2 id={historyId}>{t('studio.history.heading')}</h2>
          <ol className="studio-items" reversed>
            {revisions.map((r) => (
              <li key={r.revision} className="studio-item">
                <p className="studio-item__meta">
                  {t('studio.history.revision', { n: r.revision })} ·{' '}
                  <time dateTime={r.at}>{format.dateTime(r.at)}</time> · {r.editor.displayName}
                </p>
                {r.changedFields.length > 0 && (
                  <p className="studio-item__meta">
                    {t('studio.history.changed', {
                      fields: r.changedFields.map((f) => t(`studio.history.field.${fieldKey(f)}`)).join(', '),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

const KNOWN = [
  'title',
  'summary',
  'bodyHtml',
  'format',
  'language',
  'byline',
  'cover',
  'gallery',
  'video',
  'textAlternative',
  'topicIds',
  'audience',
  'dates',
  'mustRead',
  'status',
] as const;
type FieldKey = (typeof KNOWN)[number] | 'other';

/** Input field names as the API records them, grouped into what an editor recognises. */
function fieldKey(field: string): FieldKey {
  if ((KNOWN as readonly string[]).includes(field)) return field as FieldKey;
  if (field === 'coverMediaId' || field === 'coverAlt') return 'cover';
  if (field === 'videoUrl' || field === 'captionsMediaId') return 'video';
  if (field === 'mustReadDue') return 'mustRead';
  if (['publishAt', 'expireAt', 'reviewBy', 'pinnedUntil'].includes(field)) return 'dates';
  return 'other';
}
