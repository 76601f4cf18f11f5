import { useTranslation } from 'react-i18next';
import { SPACE_COVER_ALT_MAX_LENGTH } from '@commons/shared';
import { CoverImageField } from '@/components/ui/cover-image-field';

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
  return (
    <CoverImageField
      cover={cover}
      onChange={onChange}
      fromUpload={(image, alt) => ({ ...image, alt })}
      texts={{
        choose: t('spaces.cover.choose'),
        replace: t('spaces.cover.replace'),
        hint: t('spaces.cover.hint'),
        uploading: t('spaces.cover.uploading'),
        alt: t('spaces.cover.alt'),
        altHint: t('spaces.cover.altHint'),
        remove: t('spaces.cover.remove'),
        problem: (problem) => t(`spaces.cover.${problem}`),
      }}
      altId={altId}
      altError={altError}
      altMaxLength={SPACE_COVER_ALT_MAX_LENGTH}
      legend={t('spaces.cover.legend')}
    />
  );
}
