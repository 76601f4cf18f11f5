import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { analysePlainLanguage, type TextBlock } from '@commons/shared';
import type { ArticleFormat, StudioArticleFieldsFragment } from '@commons/web-graphql';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { TextAreaField, TextField } from '../../../components/ui/text-field';
import { generalErrorKey, readAppError } from '../../../utils/graphql-error';
import { useAudienceOptions } from '../api/audience-options.query';
import { useStudioArticle } from '../api/studio-article.query';
import { ArticleHistory } from '../components/article-history';
import { AudiencePicker } from '../components/audience-picker';
import { CaptionsField, CoverField, GalleryField } from '../components/media-fields';
import { MustReadReport } from '../components/must-read-report';
import { PreviewPanel } from '../components/preview-panel';
import { PublishActions } from '../components/publish-actions';
import { ReadabilityPanel } from '../components/readability-panel';
import { RichTextEditor, type RichTextEditorHandle } from '../components/rich-text-editor';
import { useAutosave, type SaveState } from '../hooks/use-autosave';
import { useJoinedAnnounce } from '../hooks/use-joined-announce';
import { useFormatDate } from '../../../utils/use-format-date';
import { draftFromArticle, type Draft, type DraftKey } from '../utils/draft.util';

export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['ARTICLE', 'VIDEO', 'GALLERY', 'INFOGRAPHIC'];

/** The article as the preview renders it: the reader's fields, taken from the form as it is now. */
export interface PreviewArticle {
  id: string;
  title: string;
  summary: string;
  bodyHtml: string;
  byline: string | null;
  format: ArticleFormat;
  language: 'SV' | 'EN';
  publishedAt: string | null;
  updatedAt: string;
  readingTimeMinutes: number;
  videoUrl: string | null;
  captionsUrl: string | null;
  textAlternative: string | null;
  author: { id: string; displayName: string };
  cover: StudioArticleFieldsFragment['cover'];
  gallery: StudioArticleFieldsFragment['gallery'];
  topics: { id: string; slug: string; name: string }[];
}

export interface StudioEditorRouteProps {
  /** Renders an article as the reader page does; the app supplies it (features do not import each other). */
  renderPreview: (article: PreviewArticle) => ReactNode;
}

/** /studio/articles/:id — loads the article and hands it to the editor. */
export function StudioEditorRoute({ renderPreview }: StudioEditorRouteProps) {
  const { id } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useStudioArticle(id);
  const options = useAudienceOptions();

  if (error && readAppError(error).code === 'NOT_FOUND') {
    return (
      <>
        <PageHeading title={t('studio.notFoundTitle')}>{t('studio.notFoundTitle')}</PageHeading>
        <p>
          <Link to="/studio">{t('studio.back')}</Link>
        </p>
      </>
    );
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (options.error) return <QueryError error={options.error} onRetry={() => void options.refetch()} />;
  if (loading || !data || !options.data) return <Loading />;
  // viewerCanPublish says whether publishing is the next step (false once published); editing rights
  // over pinning, must-read, archiving and the report follow the role.
  const isEditor = data.viewer.role === 'EDITOR' || data.viewer.role === 'ADMIN';
  return (
    <ArticleEditor
      key={data.article.id}
      article={data.article}
      isEditor={isEditor}
      options={options.data}
      renderPreview={renderPreview}
    />
  );
}

interface EditorProps extends StudioEditorRouteProps {
  article: StudioArticleFieldsFragment;
  isEditor: boolean;
  options: NonNullable<ReturnType<typeof useAudienceOptions>['data']>;
}

function ArticleEditor({ article, isEditor, options, renderPreview }: EditorProps) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const [draft, setDraft] = useState<Draft>(() => draftFromArticle(article));
  const [blocks, setBlocks] = useState<TextBlock[]>([]);
  const editorRef = useRef<RichTextEditorHandle>(null);
  // "Saved" and the plain-language panel's warning count often arrive together: speak both.
  const announceJoined = useJoinedAnnounce();
  const onSaved = useCallback(() => announceJoined('autosave', t('studio.saved')), [announceJoined, t]);
  const announceReadability = useCallback(
    (message: string) => announceJoined('readability', message),
    [announceJoined],
  );
  const { state, problems, markDirty, flush } = useAutosave(article.id, draft, isEditor, onSaved);
  const ids = {
    content: useId(),
    format: useId(),
    media: useId(),
    topics: useId(),
    audience: useId(),
    editorial: useId(),
    body: useId(),
  };
  const readOnly = !article.viewerCanEdit;
  // The actions stay once shown: submitting makes the article read-only for its author, and the
  // outcome banner (which takes focus) must not vanish with the button that was used.
  const showActions = useRef(!readOnly).current;

  const change = useCallback(
    (patch: Partial<Draft>) => {
      setDraft((d) => ({ ...d, ...patch }));
      markDirty(Object.keys(patch) as DraftKey[]);
    },
    [markDirty],
  );

  const contentLanguage = draft.language === 'EN' ? 'en' : 'sv';
  const report = useMemo(() => analysePlainLanguage(blocks, contentLanguage), [blocks, contentLanguage]);
  const firstHtml = useRef(true);
  const onBodyChange = useCallback(
    (html: string, located: { blocks: TextBlock[] }) => {
      setBlocks(located.blocks);
      // The editor reports its first render too; that is not a change to save.
      if (firstHtml.current) {
        firstHtml.current = false;
        return;
      }
      change({ bodyHtml: html });
    },
    [change],
  );

  const preview: PreviewArticle = {
    id: article.id,
    title: draft.title,
    summary: draft.summary,
    bodyHtml: draft.bodyHtml,
    byline: draft.byline || null,
    format: draft.format,
    language: draft.language,
    publishedAt: article.publishedAt ?? new Date().toISOString(),
    updatedAt: article.updatedAt,
    readingTimeMinutes: report.readingTimeMinutes,
    videoUrl: draft.videoUrl || null,
    captionsUrl: draft.captions?.url ?? null,
    textAlternative: draft.textAlternative || null,
    author: article.author,
    cover: draft.cover,
    gallery: draft.gallery,
    topics: options.topics.filter((tp) => draft.topicIds.includes(tp.id)),
  };

  return (
    <>
      <p>
        <Link to="/studio" className="back-link">
          {t('studio.back')}
        </Link>
      </p>
      <PageHeading title={t('studio.editTitle', { title: draft.title || t('studio.untitled') })}>
        {t('studio.editHeading')}
      </PageHeading>
      <p className="studio-status">
        {t('studio.actions.status', { status: t(`studio.status.${article.status}`) })} ·{' '}
        <span className="studio-status__save">
          <SaveStatus state={state} formatTime={format.time} />
        </span>
      </p>
      {problems.length > 0 && (
        <ul className="studio-problems">
          {problems.map((p) => (
            <li key={p}>{t(`studio.problems.${p}`)}</li>
          ))}
        </ul>
      )}
      {article.reviewComment && article.status === 'DRAFT' && (
        <div className="banner">
          <p>
            <strong>{t('studio.reviewComment')}</strong>
          </p>
          <p>{article.reviewComment}</p>
        </div>
      )}
      {readOnly && <p className="banner">{t('studio.readOnly')}</p>}

      <div className="studio-layout">
        <form className="studio-form" onSubmit={(e) => e.preventDefault()} aria-label={t('studio.formLabel')}>
          <fieldset disabled={readOnly} className="fieldset">
            <section aria-labelledby={ids.content} className="studio-section">
              <h2 id={ids.content}>{t('studio.sections.content')}</h2>
              <TextField
                id="article-title"
                label={t('studio.fields.title')}
                error={problems.includes('TITLE_REQUIRED') ? t('studio.problems.TITLE_REQUIRED') : undefined}
                className="field__input--wide"
                lang={contentLanguage}
                value={draft.title}
                maxLength={200}
                onChange={(e) => change({ title: e.target.value })}
              />
              <TextAreaField
                id="article-summary"
                label={t('studio.fields.summary')}
                hint={t('studio.fields.summaryHint')}
                className="field__input--wide"
                lang={contentLanguage}
                rows={3}
                value={draft.summary}
                onChange={(e) => change({ summary: e.target.value })}
              />
              <div className="field">
                <p className="field__label" id={ids.body}>
                  {t('studio.fields.body')}
                </p>
                <p className="field__hint" id={`${ids.body}-hint`}>
                  {t('studio.fields.bodyHint')}
                </p>
                <RichTextEditor
                  ref={editorRef}
                  id="article-body"
                  labelId={ids.body}
                  hintId={`${ids.body}-hint`}
                  initialHtml={article.bodyHtml}
                  lang={contentLanguage}
                  onChange={onBodyChange}
                />
              </div>
              <TextField
                id="article-byline"
                label={t('studio.fields.byline')}
                hint={t('studio.fields.bylineHint', { name: article.author.displayName })}
                value={draft.byline}
                onChange={(e) => change({ byline: e.target.value })}
              />
            </section>

            <section aria-labelledby={ids.format} className="studio-section">
              <h2 id={ids.format}>{t('studio.sections.format')}</h2>
              <fieldset className="fieldset">
                <legend className="fieldset__legend">{t('studio.fields.format')}</legend>
                {ARTICLE_FORMATS.map((f) => (
                  <div className="radio" key={f}>
                    <input
                      id={`format-${f}`}
                      className="radio__input"
                      type="radio"
                      name="format"
                      checked={draft.format === f}
                      onChange={() => change({ format: f })}
                    />
                    <label htmlFor={`format-${f}`}>{t(`news.format.${f}`)}</label>
                  </div>
                ))}
              </fieldset>
              {draft.format === 'INFOGRAPHIC' && (
                <TextAreaField
                  id="article-text-alternative"
                  label={t('studio.fields.textAlternative')}
                  hint={t('studio.fields.textAlternativeHint')}
                  error={
                    problems.includes('TEXT_ALTERNATIVE_REQUIRED')
                      ? t('studio.problems.TEXT_ALTERNATIVE_REQUIRED')
                      : undefined
                  }
                  className="field__input--wide"
                  rows={6}
                  lang={contentLanguage}
                  value={draft.textAlternative}
                  onChange={(e) => change({ textAlternative: e.target.value })}
                />
              )}
              {draft.format === 'VIDEO' && (
                <>
                  <TextField
                    id="article-video-url"
                    label={t('studio.fields.videoUrl')}
                    hint={t('studio.fields.videoUrlHint')}
                    className="field__input--wide"
                    type="url"
                    inputMode="url"
                    value={draft.videoUrl}
                    onChange={(e) => change({ videoUrl: e.target.value })}
                  />
                  <CaptionsField captions={draft.captions} onChange={(captions) => change({ captions })} />
                </>
              )}
              {draft.format === 'GALLERY' && (
                <GalleryField
                  images={draft.gallery}
                  onChange={(gallery) => change({ gallery })}
                  altError={problems.includes('GALLERY_ALT_REQUIRED')}
                />
              )}
            </section>

            <section aria-labelledby={ids.media} className="studio-section">
              <h2 id={ids.media}>
                {draft.format === 'INFOGRAPHIC'
                  ? t('studio.sections.infographic')
                  : t('studio.sections.cover')}
              </h2>
              <CoverField
                cover={draft.cover}
                onChange={(cover) => change({ cover })}
                altError={problems.includes('COVER_ALT_REQUIRED')}
              />
            </section>

            <section aria-labelledby={ids.topics} className="studio-section">
              <h2 id={ids.topics}>{t('studio.sections.topics')}</h2>
              <fieldset className="fieldset">
                <legend className="fieldset__legend">{t('studio.fields.language')}</legend>
                {(['SV', 'EN'] as const).map((l) => (
                  <div className="radio" key={l}>
                    <input
                      id={`language-${l}`}
                      className="radio__input"
                      type="radio"
                      name="language"
                      checked={draft.language === l}
                      onChange={() => change({ language: l })}
                    />
                    <label htmlFor={`language-${l}`} lang={l === 'EN' ? 'en' : 'sv'}>
                      {t(l === 'EN' ? 'language.en' : 'language.sv')}
                    </label>
                  </div>
                ))}
              </fieldset>
              <fieldset className="fieldset">
                <legend className="fieldset__legend">{t('studio.fields.topics')}</legend>
                {options.topics.length === 0 && <p>{t('studio.fields.noTopics')}</p>}
                {options.topics.map((topic) => (
                  <div className="radio" key={topic.id}>
                    <input
                      id={`topic-${topic.id}`}
                      className="radio__input"
                      type="checkbox"
                      checked={draft.topicIds.includes(topic.id)}
                      onChange={(e) =>
                        change({
                          topicIds: e.target.checked
                            ? [...draft.topicIds, topic.id]
                            : draft.topicIds.filter((x) => x !== topic.id),
                        })
                      }
                    />
                    <label htmlFor={`topic-${topic.id}`}>{topic.name}</label>
                  </div>
                ))}
              </fieldset>
            </section>

            <section aria-labelledby={ids.audience} className="studio-section">
              <h2 id={ids.audience}>{t('studio.sections.audience')}</h2>
              <AudiencePicker
                units={options.orgUnits}
                locations={options.locations}
                orgUnitIds={new Set(draft.orgUnitIds)}
                locationIds={new Set(draft.locationIds)}
                onChange={(next) =>
                  change({ orgUnitIds: [...next.orgUnitIds], locationIds: [...next.locationIds] })
                }
                showReach={isEditor}
              />
            </section>

            {isEditor && (
              <section aria-labelledby={ids.editorial} className="studio-section">
                <h2 id={ids.editorial}>{t('studio.sections.editorial')}</h2>
                <DateField
                  id="article-pinned-until"
                  type="datetime-local"
                  label={t('studio.fields.pinnedUntil')}
                  hint={t('studio.fields.pinnedUntilHint')}
                  value={draft.pinnedUntil}
                  onChange={(v) => change({ pinnedUntil: v })}
                />
                <div className="radio">
                  <input
                    id="article-must-read"
                    className="radio__input"
                    type="checkbox"
                    checked={draft.mustRead}
                    onChange={(e) => change({ mustRead: e.target.checked })}
                  />
                  <label htmlFor="article-must-read">{t('studio.fields.mustRead')}</label>
                </div>
                {draft.mustRead && (
                  <DateField
                    id="article-must-read-due"
                    type="date"
                    label={t('studio.fields.mustReadDue')}
                    value={draft.mustReadDue}
                    onChange={(v) => change({ mustReadDue: v })}
                  />
                )}
                <DateField
                  id="article-review-by"
                  type="date"
                  label={t('studio.fields.reviewBy')}
                  hint={t('studio.fields.reviewByHint')}
                  value={draft.reviewBy}
                  onChange={(v) => change({ reviewBy: v })}
                />
                <DateField
                  id="article-expire-at"
                  type="datetime-local"
                  label={t('studio.fields.expireAt')}
                  hint={t('studio.fields.expireAtHint')}
                  value={draft.expireAt}
                  onChange={(v) => change({ expireAt: v })}
                />
              </section>
            )}
          </fieldset>

          {showActions && <PublishActions article={article} isEditor={isEditor} flush={flush} />}

          {isEditor && article.mustRead && article.status === 'PUBLISHED' && (
            <MustReadReport articleId={article.id} />
          )}

          <ArticleHistory article={article} />

          <PreviewPanel
            orgUnitIds={draft.orgUnitIds}
            locationIds={draft.locationIds}
            renderArticle={() => renderPreview(preview)}
          />
        </form>
        <ReadabilityPanel
          report={report}
          onFocusBlock={(index) => editorRef.current?.focusBlock(index)}
          announce={announceReadability}
        />
      </div>
    </>
  );
}

function SaveStatus({ state, formatTime }: { state: SaveState; formatTime: (iso: string) => string }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'pending':
      return <>{t('studio.unsaved')}</>;
    case 'saving':
      return <>{t('studio.saving')}</>;
    case 'held':
      return <span className="studio-status__error">{t('studio.held')}</span>;
    case 'saved':
      return <>{t('studio.savedAt', { time: formatTime(state.at.toISOString()) })}</>;
    case 'failed':
      return (
        <span className="studio-status__error">
          {state.error.code === 'BAD_USER_INPUT' ? t('studio.saveInvalid') : t(generalErrorKey(state.error))}
        </span>
      );
    default:
      return <>{t('studio.allSaved')}</>;
  }
}

function DateField({
  id,
  type,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  type: 'date' | 'datetime-local';
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      type={type}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
