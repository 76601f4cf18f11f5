import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPACE_COVER_ALT_MAX_LENGTH } from '@commons/shared';
import { UploadError, uploadMedia, type UploadedImage } from '../../../utils/upload-media.util';

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif,image/avif';

export interface SpaceCover {
  id: string;
  url: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * An optional cover: upload an image, then its alt text (required with a cover; focus moves there
 * once the upload is done). `altError` comes from the form's validation.
 */
export function SpaceCoverField({
  cover,
  onChange,
  altId,
  altError,
}: {
  cover: SpaceCover | null;
  onChange: (cover: SpaceCover | null) => void;
  altId: string;
  altError?: string;
}) {
  const { t } = useTranslation();
  const fileId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const altRef = useRef<HTMLInputElement>(null);
  const focusAlt = useRef(false);
  useEffect(() => {
    if (focusAlt.current && cover) {
      focusAlt.current = false;
      altRef.current?.focus();
    }
  }, [cover]);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const image = await uploadMedia<UploadedImage>(file);
      focusAlt.current = true;
      onChange({ ...image, alt: cover?.alt ?? '' });
    } catch (e) {
      const status = e instanceof UploadError ? e.status : 0;
      const reason = e instanceof UploadError ? e.reason : '';
      setError(
        status === 415 || reason === 'UNREADABLE_IMAGE'
          ? t('spaces.cover.wrongType')
          : status === 413 || reason.startsWith('TOO_')
            ? t('spaces.cover.tooLarge')
            : t('spaces.cover.uploadFailed'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('spaces.cover.legend')}</legend>
      {cover && (
        <img className="media-field__preview" src={cover.url} srcSet={cover.srcSet || undefined} sizes="12rem" alt="" width={cover.width} height={cover.height} />
      )}
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={fileId}>
          {cover ? t('spaces.cover.replace') : t('spaces.cover.choose')}
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t('spaces.cover.hint')}
        </p>
        {error && (
          <p className="field__error" id={`${fileId}-error`}>
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {error}
          </p>
        )}
        <input
          id={fileId}
          type="file"
          accept={IMAGE_TYPES}
          aria-describedby={`${fileId}-hint${error ? ` ${fileId}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
        {busy && <p className="field__hint">{t('spaces.cover.uploading')}</p>}
      </div>
      {cover && (
        <>
          <div className={`field${altError ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor={altId}>
              {t('spaces.cover.alt')}
            </label>
            <p className="field__hint" id={`${altId}-hint`}>
              {t('spaces.cover.altHint')}
            </p>
            {altError && (
              <p className="field__error" id={`${altId}-error`}>
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {altError}
              </p>
            )}
            <input
              ref={altRef}
              id={altId}
              className="field__input"
              value={cover.alt}
              maxLength={SPACE_COVER_ALT_MAX_LENGTH}
              aria-invalid={altError ? true : undefined}
              aria-describedby={`${altId}-hint${altError ? ` ${altId}-error` : ''}`}
              onChange={(e) => onChange({ ...cover, alt: e.target.value })}
            />
          </div>
          <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
            {t('spaces.cover.remove')}
          </button>
        </>
      )}
    </fieldset>
  );
}
