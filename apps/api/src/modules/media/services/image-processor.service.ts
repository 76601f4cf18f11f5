import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import sharp, { type OutputInfo } from 'sharp';
import {
  ImageFormat,
  MEDIA_MAX_PIXELS,
  MEDIA_WIDTHS,
  MediaVariant,
  VARIANT_CONTENT_TYPES,
  VARIANT_EXTENSIONS,
  VariantFormat,
} from '../media.constants';
import { MediaRejection } from '../controllers/media-rejection';

export interface ProcessedVariant extends MediaVariant {
  data: Buffer;
}

export interface ProcessedImage {
  /** Of the largest variant, after auto-rotation. */
  width: number;
  height: number;
  variants: ProcessedVariant[];
}

/** What sharp calls each format we accept (AVIF is decoded by libheif). */
const SHARP_FORMAT: Record<ImageFormat, string> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  avif: 'heif',
};

export const etagOf = (data: Buffer): string =>
  `"${createHash('sha256').update(data).digest('base64url').slice(0, 27)}"`;

/** The widths to produce for an image this wide: the standard ones below it, plus its own if smaller than the largest. */
export function variantWidths(width: number): number[] {
  const widest = Math.min(width, MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1]);
  return [...MEDIA_WIDTHS.filter((w) => w < widest), widest];
}

/**
 * Decodes an already-sniffed image and re-encodes it: auto-rotated by its EXIF orientation, every
 * metadata block (EXIF with GPS, XMP, IPTC, ICC) dropped (sharp keeps none unless asked), converted
 * to sRGB, in the responsive widths as WebP and AVIF, plus one JPEG at the largest width for clients
 * without either. Re-encoding also means no byte of the upload is ever served.
 */
@Injectable()
export class ImageProcessor {
  /** Images processed at once per process; more would only make every upload (and the API) slower on few cores. */
  static readonly MAX_CONCURRENT = 2;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async process(input: Buffer, format: ImageFormat): Promise<ProcessedImage> {
    if (this.running >= ImageProcessor.MAX_CONCURRENT)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await this.reencode(input, format);
    } finally {
      // Hand the slot straight to the next waiting upload, if any.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  private async reencode(input: Buffer, format: ImageFormat): Promise<ProcessedImage> {
    const meta = await sharp(input, { limitInputPixels: false })
      .metadata()
      .catch(() => {
        throw new MediaRejection(400, 'UNREADABLE_IMAGE', 'The image could not be read.');
      });
    if (meta.format !== SHARP_FORMAT[format] || (format === 'avif' && meta.compression !== 'av1')) {
      throw new MediaRejection(415, 'UNSUPPORTED_TYPE', 'The file is not the image it starts like.');
    }
    // Only the header has been read so far: refuse a decompression bomb before decoding it.
    const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
    if (!meta.width || !meta.height || pixels > MEDIA_MAX_PIXELS) {
      throw new MediaRejection(
        400,
        'TOO_MANY_PIXELS',
        `Images may have at most ${MEDIA_MAX_PIXELS / 1_000_000} megapixels; this one has ${(pixels / 1_000_000).toFixed(1)}.`,
      );
    }

    // Decode once, at most as wide as the widest variant; every variant is scaled from this.
    const largest = MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1];
    let base: { data: Buffer; info: OutputInfo };
    try {
      base = await sharp(input, { limitInputPixels: MEDIA_MAX_PIXELS, failOn: 'error', autoOrient: true })
        .resize({ width: largest, withoutEnlargement: true })
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
    } catch {
      throw new MediaRejection(400, 'UNREADABLE_IMAGE', 'The image is damaged or incomplete.');
    }
    const { width, height, channels } = base.info;
    const raw = () => sharp(base.data, { raw: { width, height, channels: channels as 1 | 2 | 3 | 4 } });

    const variants: ProcessedVariant[] = [];
    const encode = async (w: number, f: VariantFormat) => {
      let pipeline = raw().resize({ width: w, withoutEnlargement: true });
      pipeline =
        f === 'webp'
          ? pipeline.webp({ quality: 80, effort: 3 })
          : f === 'avif'
            ? pipeline.avif({ quality: 55, effort: 2 })
            : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true });
      const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
      variants.push({
        file: `${w}.${VARIANT_EXTENSIONS[f]}`,
        contentType: VARIANT_CONTENT_TYPES[f],
        format: f,
        width: info.width,
        height: info.height,
        bytes: data.length,
        etag: etagOf(data),
        data,
      });
    };
    // One at a time: the machine's few cores are shared with every other request.
    for (const w of variantWidths(width)) {
      await encode(w, 'webp');
      await encode(w, 'avif');
    }
    await encode(width, 'jpeg');
    return { width, height, variants };
  }
}
