import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { MB, solid, useMediaTestApp } from '../../../test-support/media-test-app';

describe('media uploads: accepted images and captions, and how they are served (e2e)', () => {
  /** One test app per spec file (see test-support/media-test-app.ts): uploads land in its own data folder. */
  const app = useMediaTestApp();

  describe('accepted images', () => {
    it('re-encodes a JPEG: auto-rotated, EXIF and GPS gone, responsive WebP/AVIF plus a JPEG, served with caching headers', async () => {
      // 2000×1000 stored sideways: orientation 6 means it displays as 1000×2000.
      const jpeg = await solid(2000, 1000)
        .jpeg()
        .withExif({
          IFD0: { Copyright: 'Secret Corp', ImageDescription: 'hidden note' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 0/1' },
        })
        .withMetadata({ orientation: 6 })
        .toBuffer();
      expect(jpeg.includes('Secret Corp')).toBe(true);
      const before = await app.state();

      const res = await app.upload(jpeg, { filename: 'holiday.jpg' });
      expect(res.status).toBe(201);
      const { id, url, width, height, srcSet, avifSrcSet } = res.body;
      expect({ width, height }).toEqual({ width: 1000, height: 2000 });
      expect(url).toMatch(/^\/media\/[0-9a-f-]{36}\/1000\.jpg$/);
      const key = url.split('/')[2];
      expect(srcSet).toBe(
        `/media/${key}/320.webp 320w, /media/${key}/640.webp 640w, /media/${key}/1000.webp 1000w`,
      );
      expect(avifSrcSet).toBe(
        `/media/${key}/320.avif 320w, /media/${key}/640.avif 640w, /media/${key}/1000.avif 1000w`,
      );

      const [row] = await app.t.dataSource.query(`SELECT * FROM media WHERE id = $1`, [id]);
      expect(row).toMatchObject({
        kind: 'IMAGE',
        content_type: 'image/jpeg',
        width: 1000,
        height: 2000,
        storage_key: key,
      });
      expect(row.storage_key).not.toBe(row.id);
      expect(row.variants.map((v: { file: string }) => v.file).sort()).toEqual(
        ['1000.avif', '1000.jpg', '1000.webp', '320.avif', '320.webp', '640.avif', '640.webp'].sort(),
      );
      const after = await app.state();
      expect(after.rows).toBe(before.rows + 1);
      expect(after.audit).toBe(before.audit + 1);
      expect(after.files.filter((f) => f.startsWith(key))).toHaveLength(7);

      for (const variant of row.variants as {
        file: string;
        contentType: string;
        width: number;
        height: number;
        etag: string;
      }[]) {
        const served = await app.t
          .http()
          .get(`/media/${key}/${variant.file}`)
          .buffer(true)
          .parse((r, cb) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => cb(null, Buffer.concat(chunks)));
          });
        expect(served.status).toBe(200);
        expect(served.headers['content-type']).toBe(variant.contentType);
        expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(served.headers['x-content-type-options']).toBe('nosniff');
        expect(served.headers.etag).toBe(variant.etag);
        const body = served.body as Buffer;
        expect(body.includes('Secret Corp')).toBe(false);
        expect(body.includes('hidden note')).toBe(false);
        const meta = await sharp(body).metadata();
        expect(meta.exif).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
        expect(meta.orientation ?? 1).toBe(1);
        expect({ w: meta.width, h: meta.height }).toEqual({ w: variant.width, h: variant.height });
        expect(variant.height).toBe(variant.width * 2); // portrait: the rotation was applied
        expect(meta.format).toBe(
          variant.file.endsWith('.jpg') ? 'jpeg' : variant.file.endsWith('.webp') ? 'webp' : 'heif',
        );

        const cached = await app.t
          .http()
          .get(`/media/${key}/${variant.file}`)
          .set('If-None-Match', variant.etag);
        expect(cached.status).toBe(304);
      }
    });

    it('accepts PNG (with transparency), WebP and AVIF; never upscales; the widest variant caps at 1600', async () => {
      const png = await solid(2400, 1200, 4).png().toBuffer();
      const res = await app.upload(png, { filename: 'chart.png', contentType: 'image/png' });
      expect(res.status).toBe(201);
      expect({ w: res.body.width, h: res.body.height }).toEqual({ w: 1600, h: 800 });
      expect(res.body.srcSet.split(', ').map((s: string) => s.split(' ')[1])).toEqual([
        '320w',
        '640w',
        '1024w',
        '1600w',
      ]);
      const [pngRow] = await app.t.dataSource.query(`SELECT content_type FROM media WHERE id = $1`, [
        res.body.id,
      ]);
      expect(pngRow.content_type).toBe('image/png');

      const webp = await solid(200, 100).webp().toBuffer();
      const small = await app.upload(webp, { filename: 'tiny.webp', contentType: 'image/webp' });
      expect(small.status).toBe(201);
      expect({ w: small.body.width, h: small.body.height }).toEqual({ w: 200, h: 100 });
      expect(small.body.srcSet).toMatch(/\/200\.webp 200w$/);
      expect(small.body.srcSet.split(', ')).toHaveLength(1);

      const avif = await solid(700, 350).avif().toBuffer();
      const avifRes = await app.upload(avif, { filename: 'photo.avif', contentType: 'image/avif' });
      expect(avifRes.status).toBe(201);
      expect(avifRes.body.srcSet.split(', ').map((s: string) => s.split(' ')[1])).toEqual([
        '320w',
        '640w',
        '700w',
      ]);
    });

    it('serves none of the uploaded bytes: a JPEG/HTML polyglot comes back as a clean JPEG', async () => {
      const payload = '<html><script>alert(document.cookie)</script></html>';
      const polyglot = Buffer.concat([await solid(120, 80).jpeg().toBuffer(), Buffer.from(payload)]);
      const res = await app.upload(polyglot, { filename: 'cat.jpg' });
      expect(res.status).toBe(201);
      const served = await app.t.http().get(res.body.url).buffer(true);
      expect(served.headers['content-type']).toBe('image/jpeg');
      const body = served.body as Buffer;
      expect(Buffer.isBuffer(body) && body.length > 100).toBe(true);
      expect(body.includes('<script>')).toBe(false);
      expect((await sharp(body).metadata()).format).toBe('jpeg');
    });

    it('stores a GIF declared as image/png named .png as what it is', async () => {
      const gif = await solid(64, 48).gif().toBuffer();
      const res = await app.upload(gif, { filename: 'totally.png', contentType: 'image/png' });
      expect(res.status).toBe(201);
      const [row] = await app.t.dataSource.query(
        `SELECT content_type, width, height FROM media WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({ content_type: 'image/gif', width: 64, height: 48 });
    });
  });

  describe('captions', () => {
    const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHej och välkomna!\n');

    it('accepts WebVTT and serves it as text/vtt', async () => {
      const res = await app.upload(vtt, {
        path: '/api/media/captions',
        filename: 'sv.vtt',
        contentType: 'text/vtt',
      });
      expect(res.status).toBe(201);
      expect(res.body.url).toMatch(/^\/media\/[0-9a-f-]{36}\/captions\.vtt$/);
      const served = await app.t.http().get(res.body.url);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('text/vtt; charset=utf-8');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.text).toBe(vtt.toString());
    });

    it('refuses text that is not WebVTT, and files over 1 MB', async () => {
      const srt = Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nHej\n');
      await app.expectRefused(
        () => app.upload(srt, { path: '/api/media/captions', filename: 'sv.vtt', contentType: 'text/vtt' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'NOT_WEBVTT',
      );
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      await app.expectRefused(
        () => app.upload(html, { path: '/api/media/captions', filename: 'sv.vtt' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'NOT_WEBVTT',
      );
      const long = Buffer.concat([vtt, Buffer.alloc(MB, 'a')]);
      await app.expectRefused(
        () => app.upload(long, { path: '/api/media/captions', filename: 'sv.vtt' }),
        413,
        'PAYLOAD_TOO_LARGE',
        'TOO_LARGE',
      );
    });
  });

  describe('serving', () => {
    it('answers 404 for unknown keys and files, and for any path trick', async () => {
      const res = await app.upload(await solid(100, 100).jpeg().toBuffer());
      const key = res.body.url.split('/')[2];
      await writeFile(join(app.dataDir, 'secret.txt'), 'do not serve');
      for (const path of [
        `/media/00000000-0000-4000-8000-000000000000/100.jpg`,
        `/media/${key}/9999.jpg`,
        `/media/${key}/..%2F..%2Fsecret.txt`,
        `/media/..%2F..%2Fsecret.txt/x`,
        `/media/${key}/%2e%2e%2f%2e%2e%2fsecret.txt`,
        `/media/not-a-uuid/100.jpg`,
      ]) {
        const served = await app.t.http().get(path);
        expect({ path, status: served.status }).toEqual({ path, status: 404 });
        expect(served.text).not.toContain('do not serve');
      }
      const head = await app.t.http().head(res.body.url);
      expect(head.status).toBe(200);
      expect(head.headers['content-type']).toBe('image/jpeg');
      expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
      const miss = await app.t.http().get(`/media/${key}/9999.jpg`);
      expect(miss.body).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_MEDIA' });
    });
  });
});
