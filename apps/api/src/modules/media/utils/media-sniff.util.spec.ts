import { isWebVtt, sniffImage } from './media-sniff.util';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + compatible.length * 4;
  const head = Buffer.alloc(4);
  head.writeUInt32BE(size);
  return Buffer.concat([
    head,
    Buffer.from(`ftyp${major}\0\0\0\0${compatible.join('')}`, 'latin1'),
    Buffer.alloc(32),
  ]);
};

describe('sniffImage', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'rest'), 'image/jpeg'],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'image/png'],
    ['gif', bytes('GIF89a....'), 'image/gif'],
    ['gif', bytes('GIF87a....'), 'image/gif'],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['avif', ftyp('avif', 'mif1', 'miaf'), 'image/avif'],
    ['avif', ftyp('mif1', 'avif', 'miaf'), 'image/avif'],
  ])('recognises %s by its first bytes', (format, buf, contentType) => {
    expect(sniffImage(buf)).toEqual({ ok: true, format, contentType });
  });

  it.each([
    ['an SVG', '<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'SVG_NOT_ALLOWED'],
    [
      'an SVG with an XML prolog and BOM',
      '\uFEFF<?xml version="1.0"?>\n<!-- x -->\n<svg></svg>',
      'SVG_NOT_ALLOWED',
    ],
    ['an SVG doctype', '  <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ""><svg/>', 'SVG_NOT_ALLOWED'],
    ['HTML', '<!doctype html><html><script>alert(1)</script>', 'UNSUPPORTED_TYPE'],
    ['a PDF', '%PDF-1.7', 'UNSUPPORTED_TYPE'],
    ['a TIFF', 'II*\0', 'UNSUPPORTED_TYPE'],
    ['RIFF that is not WebP (WAV)', 'RIFF\0\0\0\0WAVEfmt ', 'UNSUPPORTED_TYPE'],
    ['text', 'just words', 'UNSUPPORTED_TYPE'],
  ])('refuses %s', (_name, text, reason) => {
    expect(sniffImage(Buffer.from(text, 'utf8'))).toEqual({ ok: false, reason });
  });

  it('refuses HEIC (an ISO-BMFF file that is not AVIF), a truncated JPEG marker and an empty file', () => {
    expect(sniffImage(ftyp('heic', 'mif1', 'heic'))).toEqual({ ok: false, reason: 'UNSUPPORTED_TYPE' });
    expect(sniffImage(Buffer.from([0xff, 0xd8]))).toEqual({ ok: false, reason: 'UNSUPPORTED_TYPE' });
    expect(sniffImage(Buffer.alloc(0))).toEqual({ ok: false, reason: 'EMPTY' });
  });
});

describe('isWebVtt', () => {
  it.each([
    ['WEBVTT\n\n00:00.000 --> 00:01.000\nHej\n', true],
    ['\uFEFFWEBVTT - Svenska\r\n\r\n', true],
    ['WEBVTT', true],
    ['WEBVTTX\n', false],
    ['webvtt\n', false],
    ['1\n00:00:00,000 --> 00:00:01,000\nHej\n', false],
    ['WEBVTT\n\0binary', false],
  ])('%j → %s', (text, expected) => {
    expect(isWebVtt(Buffer.from(text, 'utf8'))).toBe(expected);
  });

  it('refuses invalid UTF-8', () => {
    expect(isWebVtt(Buffer.concat([Buffer.from('WEBVTT\n'), Buffer.from([0xc3, 0x28])]))).toBe(false);
  });
});
