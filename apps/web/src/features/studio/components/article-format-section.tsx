import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import type { ChangeDraft } from '../hooks/use-article-draft';
import { ARTICLE_FORMATS } from '../utils/article-formats.util';
import type { Draft, DraftProblem } from '../utils/draft.util';
import { CaptionsField, GalleryField } from './media-fields';

interface ArticleFormatSectionProps {
  draft: Draft;
  change: ChangeDraft;
  problems: readonly DraftProblem[];
  contentLanguage: 'sv' | 'en';
}

/** The editor's "Format" section: the format, then what it needs (text alternative, video, gallery). */
export function ArticleFormatSection({
  draft,
  change,
  problems,
  contentLanguage,
}: ArticleFormatSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="studio-section">
      <h2 id={headingId}>{t('studio.sections.format')}</h2>
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
  );
}
