/** Largest accepted upload, in bytes, checked while the body streams in (multer) and by Content-Length. */
export const MEDIA_MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Largest accepted image, in pixels: a decompression bomb is refused before it is decoded. */
export const MEDIA_MAX_PIXELS = 40_000_000;
/** Largest accepted captions file (WebVTT), in bytes. */
export const MEDIA_MAX_CAPTIONS_BYTES = 1024 * 1024;
/** Uploads one person may make per hour (images and captions together): a runaway script cannot fill the disk. */
export const MEDIA_UPLOADS_PER_HOUR = 120;
/** Widths of the responsive variants; an image is never enlarged, so small ones get fewer. */
export const MEDIA_WIDTHS = [320, 640, 1024, 1600] as const;
/** The custom header a same-origin client sends with uploads; a cross-site form cannot set it. */
export const MEDIA_CSRF_HEADER = 'x-requested-with';
export const MEDIA_CSRF_VALUE = 'commons';
/** URL prefix under which variants are served. */
export const MEDIA_URL_PREFIX = '/media';
/** Variants never change under their key, so browsers and proxies may keep them for a year. */
export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The sizes attribute for a full-width article image capped at the widest variant. */
export const MEDIA_DEFAULT_SIZES = '(max-width: 1024px) 100vw, 1024px';

export type MediaKind = 'IMAGE' | 'CAPTIONS';
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif';
export type VariantFormat = 'webp' | 'avif' | 'jpeg';

export const VARIANT_CONTENT_TYPES: Record<VariantFormat, string> = {
  webp: 'image/webp',
  avif: 'image/avif',
  jpeg: 'image/jpeg',
};
export const VARIANT_EXTENSIONS: Record<VariantFormat, string> = { webp: 'webp', avif: 'avif', jpeg: 'jpg' };

/** One stored file of a media item, as recorded in `media.variants`. */
export interface MediaVariant {
  /** The file name under the media's storage key, e.g. `640.webp` or `captions.vtt`. */
  file: string;
  contentType: string;
  width?: number;
  height?: number;
  format?: VariantFormat | 'vtt';
  bytes: number;
  /** Strong validator: a hash of the stored bytes. */
  etag: string;
}
