import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CoverImageField } from '@/components/ui/cover-image-field';
import { FieldErrorText } from '@/components/ui/text-field';
import type { UploadedFile, UploadedImage } from '@/utils/upload-media.util';
import { IMAGE_TYPES, useMediaUpload } from '@/utils/use-media-upload';
import type { DraftImage } from '../utils/draft.util';

function useUpload() {
  const { t } = useTranslation();
  return useMediaUpload((problem) => t(`studio.media.${problem}`));
}

/** The cover image: upload, then its alt text (required; autosave holds the cover back until it is given). */
export function CoverField({
  cover,
  onChange,
  altError,
}: {
  cover: DraftImage | null;
  onChange: (cover: DraftImage | null) => void;
  altError: boolean;
}) {
  const { t } = useTranslation();
  return (
    <CoverImageField
      cover={cover}
      onChange={onChange}
      fromUpload={(image, alt) => ({ ...image, sizes: null, alt })}
      texts={{
        choose: t('studio.media.cover'),
        replace: t('studio.media.replaceCover'),
        hint: t('studio.media.imageHint'),
        uploading: t('studio.media.uploading'),
        alt: t('studio.media.alt'),
        altHint: t('studio.media.altHint'),
        remove: t('studio.media.removeCover'),
        problem: (problem) => t(`studio.media.${problem}`),
      }}
      altId="cover-alt"
      altError={altError ? t('studio.media.altRequired') : undefined}
    />
  );
}

/** Gallery images, each with its own alt text. */
export function GalleryField({
  images,
  onChange,
  altError,
}: {
  images: DraftImage[];
  onChange: (images: DraftImage[]) => void;
  altError: boolean;
}) {
  const { t } = useTranslation();
  const { busy, error, run } = useUpload();
  const fileId = useId();
  const headingId = useId();
  return (
    <div className="media-field">
      <h3 id={headingId}>{t('studio.media.gallery', { count: images.length })}</h3>
      {images.length > 0 && (
        <ol className="gallery-editor" aria-labelledby={headingId}>
          {images.map((image, index) => {
            const missing = altError && !image.alt.trim();
            const altId = `gallery-alt-${index}`;
            return (
              <li key={`${image.id}-${index}`} className="gallery-editor__item">
                <img
                  className="media-field__preview"
                  src={image.url}
                  alt=""
                  width={image.width}
                  height={image.height}
                />
                <div className={`field${missing ? ' field--error' : ''}`}>
                  <label className="field__label" htmlFor={altId}>
                    {t('studio.media.galleryAlt', { n: index + 1 })}
                  </label>
                  {missing && (
                    <FieldErrorText id={`${altId}-error`} message={t('studio.media.altRequired')} />
                  )}
                  <input
                    id={altId}
                    className="field__input"
                    value={image.alt}
                    aria-invalid={missing ? true : undefined}
                    aria-describedby={missing ? `${altId}-error` : undefined}
                    onChange={(e) =>
                      onChange(images.map((img, i) => (i === index ? { ...img, alt: e.target.value } : img)))
                    }
                  />
                </div>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onChange(images.filter((_, i) => i !== index))}
                >
                  {t('studio.media.removeImage', { n: index + 1 })}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t('studio.media.addGalleryImage')}
        </label>
        {error && <FieldErrorText id={`${fileId}-error`} message={error} />}
        <input
          id={fileId}
          type="file"
          accept={IMAGE_TYPES}
          aria-describedby={error ? `${fileId}-error` : undefined}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const image = await run<UploadedImage>(file);
            if (image) onChange([...images, { ...image, sizes: null, alt: '' }]);
            e.target.value = '';
          }}
        />
        {busy && <p className="field__hint">{t('studio.media.uploading')}</p>}
      </div>
    </div>
  );
}

/** A WebVTT captions file for the video. */
export function CaptionsField({
  captions,
  onChange,
}: {
  captions: { id: string; url: string } | null;
  onChange: (captions: { id: string; url: string } | null) => void;
}) {
  const { t } = useTranslation();
  const { busy, error, run } = useUpload();
  const fileId = useId();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={fileId}>
        {t('studio.media.captions')}
      </label>
      <p className="field__hint" id={`${fileId}-hint`}>
        {captions ? t('studio.media.captionsAdded') : t('studio.media.captionsHint')}
      </p>
      {error && <FieldErrorText id={`${fileId}-error`} message={error} />}
      <input
        id={fileId}
        type="file"
        accept=".vtt,text/vtt"
        aria-describedby={`${fileId}-hint${error ? ` ${fileId}-error` : ''}`}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const uploaded = await run<UploadedFile>(file, '/api/media/captions');
          if (uploaded) onChange(uploaded);
        }}
      />
      {busy && <p className="field__hint">{t('studio.media.uploading')}</p>}
      {captions && (
        <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
          {t('studio.media.removeCaptions')}
        </button>
      )}
    </div>
  );
}
