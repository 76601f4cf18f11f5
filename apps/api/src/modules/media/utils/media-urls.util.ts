import { MEDIA_URL_PREFIX, MediaVariant } from '../media.constants';

/** The path a stored file is served at. Relative: the web app and the API share an origin. */
export const mediaUrl = (storageKey: string, file: string): string =>
  `${MEDIA_URL_PREFIX}/${storageKey}/${file}`;

/** `url 320w, url 640w, …` of one format's variants, narrowest first. */
export function srcSetOf(
  storageKey: string,
  variants: MediaVariant[],
  format: 'webp' | 'avif' | 'jpeg',
): string {
  return variants
    .filter((v) => v.format === format && v.width)
    .sort((a, b) => (a.width ?? 0) - (b.width ?? 0))
    .map((v) => `${mediaUrl(storageKey, v.file)} ${v.width}w`)
    .join(', ');
}

/** The JPEG fallback (every client can show it); the widest WebP if an older row has none. */
export function fallbackUrl(storageKey: string, variants: MediaVariant[]): string {
  const pick = (format: string) =>
    variants.filter((v) => v.format === format).sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0];
  const chosen = pick('jpeg') ?? pick('webp') ?? variants[0];
  return chosen ? mediaUrl(storageKey, chosen.file) : '';
}
