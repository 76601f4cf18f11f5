import type { ImageFormat } from '../media.constants';

export type SniffResult =
  | { ok: true; format: ImageFormat; contentType: string }
  | { ok: false; reason: 'SVG_NOT_ALLOWED' | 'UNSUPPORTED_TYPE' | 'EMPTY' };

const CONTENT_TYPES: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (buf: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Buffer, from: number, to: number) => buf.subarray(from, to).toString('latin1');

/** AVIF is an ISO-BMFF file whose `ftyp` box names `avif`/`avis` as its major or a compatible brand. */
function isAvif(buf: Buffer): boolean {
  if (buf.length < 16 || ascii(buf, 4, 8) !== 'ftyp') return false;
  const boxSize = buf.readUInt32BE(0);
  if (boxSize < 16 || boxSize > Math.min(buf.length, 4096)) return false;
  const brands = [ascii(buf, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(buf, at, at + 4));
  return brands.some((b) => b === 'avif' || b === 'avis');
}

/** SVG (and XML that may be SVG): named separately so people learn why a vector image is refused. */
function looksLikeSvg(buf: Buffer): boolean {
  const head = buf
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    head.startsWith('<svg') ||
    (head.startsWith('<?xml') && head.includes('<svg')) ||
    head.startsWith('<!doctype svg')
  );
}

/**
 * What a file really is, by its first bytes; the name and the declared type are never trusted.
 * Only raster formats we re-encode pass. SVG is refused (it can carry script), as is everything else
 * (HTML, PDF, TIFF …).
 */
export function sniffImage(buf: Buffer): SniffResult {
  if (buf.length === 0) return { ok: false, reason: 'EMPTY' };
  let format: ImageFormat | undefined;
  if (startsWith(buf, [0xff, 0xd8, 0xff])) format = 'jpeg';
  else if (startsWith(buf, PNG_SIGNATURE)) format = 'png';
  else if (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a') format = 'gif';
  else if (ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') format = 'webp';
  else if (isAvif(buf)) format = 'avif';
  if (format) return { ok: true, format, contentType: CONTENT_TYPES[format] };
  return { ok: false, reason: looksLikeSvg(buf) ? 'SVG_NOT_ALLOWED' : 'UNSUPPORTED_TYPE' };
}

/**
 * A WebVTT file starts with `WEBVTT` (after an optional BOM), then a space, tab or line break. It must
 * be UTF-8 text: no NUL bytes, no invalid sequences.
 */
export function isWebVtt(buf: Buffer): boolean {
  const body = startsWith(buf, [0xef, 0xbb, 0xbf]) ? buf.subarray(3) : buf;
  if (ascii(body, 0, 6) !== 'WEBVTT') return false;
  if (body.length > 6 && ![0x20, 0x09, 0x0a, 0x0d].includes(body[6])) return false;
  if (body.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}
