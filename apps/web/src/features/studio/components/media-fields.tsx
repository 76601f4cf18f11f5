import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftImage } from '../utils/draft.util';
import { UploadError, uploadMedia, type UploadedFile, type UploadedImage } from '../../../utils/upload-media.util';

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif,image/avif';

function useUpload() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <T,>(file: File, path?: string): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await uploadMedia<T>(file, path);
    } catch (e) {
      const status = e instanceof UploadError ? e.status : 0;
      const reason = e instanceof UploadError ? e.reason : '';
      setError(
        status === 415 || reason === 'UNREADABLE_IMAGE'
          ? t('studio.media.wrongType')
          : status === 413 || reason.startsWith('TOO_')
            ? t('studio.media.tooLarge')
            : t('studio.media.uploadFailed'),
      );
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function ErrorText({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {message}
    </p>
  );
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
  const { busy, error, run } = useUpload();
  const fileId = useId();
  const altRef = useRef<HTMLInputElement>(null);
  // After an upload, focus goes to the alt text field, which only exists once the new cover has rendered.
  const focusAlt = useRef(false);
  useEffect(() => {
    if (focusAlt.current && cover) {
      focusAlt.current = false;
      altRef.current?.focus();
    }
  }, [cover]);
  return (
    <div className="media-field">
      {cover && (
        <img className="media-field__preview" src={cover.url} srcSet={cover.srcSet || undefined} sizes="12rem" alt="" width={cover.width} height={cover.height} />
      )}
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={fileId}>
          {cover ? t('studio.media.replaceCover') : t('studio.media.cover')}
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t('studio.media.imageHint')}
        </p>
        {error && <ErrorText id={`${fileId}-error`} message={error} />}
        <input
          id={fileId}
          type="file"
          accept={IMAGE_TYPES}
          aria-describedby={`${fileId}-hint${error ? ` ${fileId}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const image = await run<UploadedImage>(file);
            if (image) {
              focusAlt.current = true;
              onChange({ ...image, sizes: null, alt: cover?.alt ?? '' });
            }
          }}
        />
        {busy && <p className="field__hint">{t('studio.media.uploading')}</p>}
      </div>
      {cover && (
        <>
          <div className={`field${altError ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor="cover-alt">
              {t('studio.media.alt')}
            </label>
            <p className="field__hint" id="cover-alt-hint">
              {t('studio.media.altHint')}
            </p>
            {altError && <ErrorText id="cover-alt-error" message={t('studio.media.altRequired')} />}
            <input
              ref={altRef}
              id="cover-alt"
              className="field__input"
              value={cover.alt}
              aria-invalid={altError ? true : undefined}
              aria-describedby={`cover-alt-hint${altError ? ' cover-alt-error' : ''}`}
              onChange={(e) => onChange({ ...cover, alt: e.target.value })}
            />
          </div>
          <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
            {t('studio.media.removeCover')}
          </button>
        </>
      )}
    </div>
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
                <img className="media-field__preview" src={image.url} alt="" width={image.width} height={image.height} />
                <div className={`field${missing ? ' field--error' : ''}`}>
                  <label className="field__label" htmlFor={altId}>
                    {t('studio.media.galleryAlt', { n: index + 1 })}
                  </label>
                  {missing && <ErrorText id={`${altId}-error`} message={t('studio.media.altRequired')} />}
                  <input
                    id={altId}
                    className="field__input"
                    value={image.alt}
                    aria-invalid={missing ? true : undefined}
                    aria-describedby={missing ? `${altId}-error` : undefined}
                    onChange={(e) => onChange(images.map((img, i) => (i === index ? { ...img, alt: e.target.value } : img)))}
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
        {error && <ErrorText id={`${fileId}-error`} message={error} />}
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
      {error && <ErrorText id={`${fileId}-error`} message={error} />}
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
