import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { UploadedImage } from '@/utils/upload-media.util';
import { IMAGE_TYPES, useMediaUpload, type UploadProblem } from '@/utils/use-media-upload';
import { FieldErrorText } from './text-field';

/** What the field shows of a cover; each form keeps its own shape of it (see `fromUpload`). */
export interface CoverImage {
  url: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
}

export interface CoverImageTexts {
  choose: string;
  replace: string;
  hint: string;
  uploading: string;
  alt: string;
  altHint: string;
  remove: string;
  /** An upload that failed, in the feature's words. */
  problem: (problem: UploadProblem) => string;
}

interface CoverImageFieldProps<C extends CoverImage> {
  cover: C | null;
  onChange: (cover: C | null) => void;
  /** The form's cover from a finished upload, keeping the alt text already written. */
  fromUpload: (image: UploadedImage, alt: string) => C;
  texts: CoverImageTexts;
  altId: string;
  /** Set by the form's validation (alt text is required with a cover). */
  altError?: string;
  altMaxLength?: number;
  /** The group: a fieldset with this legend, or (none) a plain block inside the caller's section. */
  legend?: string;
}

/**
 * A cover image: upload (preview shown), then its alt text, which takes focus once the upload is
 * done; remove. Used by the article editor and the new-space form.
 */
export function CoverImageField<C extends CoverImage>({
  cover,
  onChange,
  fromUpload,
  texts,
  altId,
  altError,
  altMaxLength,
  legend,
}: CoverImageFieldProps<C>) {
  const fileId = useId();
  const { busy, error, run } = useMediaUpload(texts.problem);
  const altRef = useRef<HTMLInputElement>(null);
  // After an upload, focus goes to the alt text field, which only exists once the new cover has rendered.
  const focusAlt = useRef(false);
  useEffect(() => {
    if (focusAlt.current && cover) {
      focusAlt.current = false;
      altRef.current?.focus();
    }
  }, [cover]);

  const upload = async (file: File) => {
    const image = await run<UploadedImage>(file);
    if (!image) return;
    focusAlt.current = true;
    onChange(fromUpload(image, cover?.alt ?? ''));
  };

  const content: ReactNode = (
    <>
      {cover && (
        <img
          className="media-field__preview"
          src={cover.url}
          srcSet={cover.srcSet || undefined}
          sizes="12rem"
          alt=""
          width={cover.width}
          height={cover.height}
        />
      )}
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={fileId}>
          {cover ? texts.replace : texts.choose}
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {texts.hint}
        </p>
        {error && <FieldErrorText id={`${fileId}-error`} message={error} />}
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
        {busy && <p className="field__hint">{texts.uploading}</p>}
      </div>
      {cover && (
        <>
          <div className={`field${altError ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor={altId}>
              {texts.alt}
            </label>
            <p className="field__hint" id={`${altId}-hint`}>
              {texts.altHint}
            </p>
            {altError && <FieldErrorText id={`${altId}-error`} message={altError} />}
            <input
              ref={altRef}
              id={altId}
              className="field__input"
              value={cover.alt}
              maxLength={altMaxLength}
              aria-invalid={altError ? true : undefined}
              aria-describedby={`${altId}-hint${altError ? ` ${altId}-error` : ''}`}
              onChange={(e) => onChange({ ...cover, alt: e.target.value })}
            />
          </div>
          <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
            {texts.remove}
          </button>
        </>
      )}
    </>
  );

  return legend ? (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      {content}
    </fieldset>
  ) : (
    <div className="media-field">{content}</div>
  );
}
