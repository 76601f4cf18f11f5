import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { POST_IMAGE_ALT_MAX_LENGTH, POST_IMAGES_MAX } from '@commons/shared';
import { useAnnounce } from '@/components/ui/announcer';
import { TextField } from '@/components/ui/text-field';
import type { UploadedImage } from '@/utils/upload-media.util';
import { IMAGE_TYPES, type useMediaUpload } from '@/utils/use-media-upload';

/** An uploaded image waiting to be posted, with the file's name (to tell images apart) and its alt text. */
export interface DraftPostImage extends UploadedImage {
  fileName: string;
  alt: string;
}

export const IMAGE_FIELD = {
  file: 'post-image-file',
  alt: (i: number) => `post-image-alt-${i}`,
};

/**
 * Images for a post: each upload appears with a thumbnail and its own required alt text field (focus
 * moves there), and a remove button; removing one moves focus to the image before it, or back to the
 * file field. The composer owns the upload (it waits for it) and checks the alt texts.
 */
export function PostImagesField({
  images,
  onChange,
  upload,
  errorFor,
}: {
  images: DraftPostImage[];
  onChange: (images: DraftPostImage[]) => void;
  upload: ReturnType<typeof useMediaUpload>;
  errorFor: (fieldId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // Which field to focus once the list has rendered anew: an alt text by index, or the file field.
  const focusNext = useRef<number | 'file' | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document
      .getElementById(focusNext.current === 'file' ? IMAGE_FIELD.file : IMAGE_FIELD.alt(focusNext.current))
      ?.focus();
    focusNext.current = null;
  }, [images.length]);

  const add = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const image = await upload.run<UploadedImage>(file);
    input.value = '';
    if (!image) return;
    focusNext.current = images.length;
    onChange([...images, { ...image, fileName: file.name, alt: '' }]);
  };

  const remove = (index: number) => {
    focusNext.current = index > 0 ? index - 1 : images.length > 1 ? 0 : 'file';
    onChange(images.filter((_, i) => i !== index));
    announce(t('spaces.composer.images.removed', { n: index + 1 }));
  };

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('spaces.composer.images.legend')}</legend>
      {images.length > 0 && (
        <ol className="gallery-editor">
          {images.map((image, index) => (
            <li key={image.id} className="gallery-editor__item">
              {/* The alt text field below describes it; the thumbnail only helps those who see it. */}
              <img
                className="media-field__preview"
                src={image.url}
                alt=""
                width={image.width}
                height={image.height}
              />
              <TextField
                id={IMAGE_FIELD.alt(index)}
                label={t('spaces.composer.images.alt', { n: index + 1 })}
                hint={t('spaces.composer.images.altHint', { file: image.fileName })}
                maxLength={POST_IMAGE_ALT_MAX_LENGTH}
                value={image.alt}
                error={errorFor(IMAGE_FIELD.alt(index))}
                onChange={(e) =>
                  onChange(images.map((img, i) => (i === index ? { ...img, alt: e.target.value } : img)))
                }
              />
              <button type="button" className="button button--secondary" onClick={() => remove(index)}>
                {t('spaces.composer.images.remove', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
      {images.length < POST_IMAGES_MAX ? (
        <>
          <TextField
            id={IMAGE_FIELD.file}
            type="file"
            accept={IMAGE_TYPES}
            label={
              images.length > 0 ? t('spaces.composer.images.addAnother') : t('spaces.composer.images.add')
            }
            hint={t('spaces.composer.images.hint', { max: POST_IMAGES_MAX })}
            error={upload.error ?? errorFor(IMAGE_FIELD.file)}
            onChange={(e) => void add(e.currentTarget)}
          />
          {upload.busy && <p className="field__hint">{t('spaces.composer.images.uploading')}</p>}
        </>
      ) : (
        <p className="field__hint">{t('spaces.composer.images.max', { max: POST_IMAGES_MAX })}</p>
      )}
    </fieldset>
  );
}
