import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import sharp from 'sharp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../database/seed/demo-seed';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { MEDIA_UPLOADS_PER_HOUR } from './media.constants';
import { MediaService } from './media.service';

const CSRF = { 'X-Requested-With': 'commons' };

/** Every file under a folder, relative, sorted (the storage's whole state on disk). */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

const solid = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({
    create: {
      width,
      height,
      channels,
      background: channels === 4 ? { r: 10, g: 120, b: 200, alpha: 0.5 } : '#2a6',
    },
  });

describe('media uploads (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let employee: string;
  let editor: string;
  let other: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'commons-media-'));
    // No scheduler ticks: they would land in the statement counts.
    t = await createTestApp({ seed: true, env: { DATA_DIR: dataDir, ARTICLE_SCHEDULER_INTERVAL_MS: '0' } });
    [employee, editor, other] = await Promise.all([
      t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD),
      t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD),
      t.login(DEMO_ACCOUNTS.itEmployee, DEMO_PASSWORD),
    ]);
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const mediaRoot = () => join(dataDir, 'media');
  const count = async (sql: string) => (await t.dataSource.query(sql))[0].n as number;
  const state = async () => ({
    rows: await count(`SELECT count(*)::int AS n FROM media`),
    audit: await count(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'media.upload'`),
    files: await filesUnder(mediaRoot()),
  });

  const upload = (
    data: Buffer,
    opts: {
      filename?: string;
      contentType?: string;
      cookie?: string | null;
      headers?: Record<string, string>;
      path?: string;
    } = {},
  ) => {
    let req = t.http().post(opts.path ?? '/api/media');
    if (opts.cookie !== null) req = req.set('Cookie', opts.cookie ?? employee);
    for (const [k, v] of Object.entries(opts.headers ?? CSRF)) req = req.set(k, v);
    return req.attach('file', data, {
      filename: opts.filename ?? 'image.jpg',
      contentType: opts.contentType ?? 'image/jpeg',
    });
  };

  /** Asserts a refusal: the status, the JSON {code, reason}, and that nothing at all was written. */
  async function expectRefused(
    send: () => PromiseLike<{ status: number; body: Record<string, unknown> }>,
    status: number,
    code: string,
    reason: string,
  ) {
    const before = await state();
    const res = await send();
    expect({ status: res.status, code: res.body.code, reason: res.body.reason }).toEqual({
      status,
      code,
      reason,
    });
    expect(typeof res.body.message).toBe('string');
    expect(await state()).toEqual(before);
    return res;
  }

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
      const before = await state();

      const res = await upload(jpeg, { filename: 'holiday.jpg' });
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

      const [row] = await t.dataSource.query(`SELECT * FROM media WHERE id = $1`, [id]);
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
      const after = await state();
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
        const served = await t
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

        const cached = await t.http().get(`/media/${key}/${variant.file}`).set('If-None-Match', variant.etag);
        expect(cached.status).toBe(304);
      }
    });

    it('accepts PNG (with transparency), WebP and AVIF; never upscales; the widest variant caps at 1600', async () => {
      const png = await solid(2400, 1200, 4).png().toBuffer();
      const res = await upload(png, { filename: 'chart.png', contentType: 'image/png' });
      expect(res.status).toBe(201);
      expect({ w: res.body.width, h: res.body.height }).toEqual({ w: 1600, h: 800 });
      expect(res.body.srcSet.split(', ').map((s: string) => s.split(' ')[1])).toEqual([
        '320w',
        '640w',
        '1024w',
        '1600w',
      ]);
      const [pngRow] = await t.dataSource.query(`SELECT content_type FROM media WHERE id = $1`, [
        res.body.id,
      ]);
      expect(pngRow.content_type).toBe('image/png');

      const webp = await solid(200, 100).webp().toBuffer();
      const small = await upload(webp, { filename: 'tiny.webp', contentType: 'image/webp' });
      expect(small.status).toBe(201);
      expect({ w: small.body.width, h: small.body.height }).toEqual({ w: 200, h: 100 });
      expect(small.body.srcSet).toMatch(/\/200\.webp 200w$/);
      expect(small.body.srcSet.split(', ')).toHaveLength(1);

      const avif = await solid(700, 350).avif().toBuffer();
      const avifRes = await upload(avif, { filename: 'photo.avif', contentType: 'image/avif' });
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
      const res = await upload(polyglot, { filename: 'cat.jpg' });
      expect(res.status).toBe(201);
      const served = await t.http().get(res.body.url).buffer(true);
      expect(served.headers['content-type']).toBe('image/jpeg');
      const body = served.body as Buffer;
      expect(Buffer.isBuffer(body) && body.length > 100).toBe(true);
      expect(body.includes('<script>')).toBe(false);
      expect((await sharp(body).metadata()).format).toBe('jpeg');
    });

    it('stores a GIF declared as image/png named .png as what it is', async () => {
      const gif = await solid(64, 48).gif().toBuffer();
      const res = await upload(gif, { filename: 'totally.png', contentType: 'image/png' });
      expect(res.status).toBe(201);
      const [row] = await t.dataSource.query(`SELECT content_type, width, height FROM media WHERE id = $1`, [
        res.body.id,
      ]);
      expect(row).toEqual({ content_type: 'image/gif', width: 64, height: 48 });
    });
  });

  describe('refused uploads write nothing', () => {
    it('refuses SVG, even declared as PNG', async () => {
      const svg = Buffer.from(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
      );
      await expectRefused(
        () => upload(svg, { filename: 'logo.svg', contentType: 'image/svg+xml' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'SVG_NOT_ALLOWED',
      );
      await expectRefused(
        () => upload(svg, { filename: 'logo.png', contentType: 'image/png' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'SVG_NOT_ALLOWED',
      );
    });

    it('refuses HTML renamed .png, a PDF, and an empty file', async () => {
      const html = Buffer.from('<!doctype html><html><body><script>document.cookie</script></body></html>');
      await expectRefused(
        () => upload(html, { filename: 'cat.png', contentType: 'image/png' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'UNSUPPORTED_TYPE',
      );
      const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
      await expectRefused(
        () => upload(pdf, { filename: 'report.jpg' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'UNSUPPORTED_TYPE',
      );
      await expectRefused(
        () => upload(Buffer.alloc(0), { filename: 'empty.jpg' }),
        400,
        'BAD_USER_INPUT',
        'EMPTY_FILE',
      );
    });

    it('refuses a file that starts like a PNG but is not one', async () => {
      const fake = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.from('<html>not really</html>'),
      ]);
      await expectRefused(
        () => upload(fake, { filename: 'x.png', contentType: 'image/png' }),
        400,
        'BAD_USER_INPUT',
        'UNREADABLE_IMAGE',
      );
    });

    it('refuses a 50-megapixel PNG before decoding it', async () => {
      const huge = await sharp({ create: { width: 7072, height: 7072, channels: 3, background: '#fff' } })
        .png({ compressionLevel: 9 })
        .toBuffer();
      expect(huge.length).toBeLessThan(MB);
      const res = await expectRefused(
        () => upload(huge, { filename: 'huge.png', contentType: 'image/png' }),
        400,
        'BAD_USER_INPUT',
        'TOO_MANY_PIXELS',
      );
      expect(res.body.message).toMatch(/40 megapixels/);
    });

    it('refuses a body over 20 MB', async () => {
      const big = Buffer.concat([await solid(16, 16).jpeg().toBuffer(), Buffer.alloc(21 * MB)]);
      await expectRefused(() => upload(big, { filename: 'big.jpg' }), 413, 'PAYLOAD_TOO_LARGE', 'TOO_LARGE');
    });

    it('stops reading a chunked body (no Content-Length) at 20 MB', async () => {
      const server = t.app.getHttpServer() as Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const boundary = 'commons-test-boundary';
      const before = await state();
      const result = await new Promise<{ status: number; body: Record<string, unknown> }>(
        (resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: '/api/media',
              headers: {
                Cookie: employee,
                ...CSRF,
                'Content-Type': `multipart/form-data; boundary=${boundary}`,
                'Transfer-Encoding': 'chunked',
              },
            },
            (res) => {
              let text = '';
              res.on('data', (c: Buffer) => (text += c.toString()));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
            },
          );
          req.on('error', reject);
          req.write(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
          );
          const chunk = Buffer.alloc(MB, 0xff);
          let sent = 0;
          // Up to 30 MB, stopping as soon as the server has answered.
          const pump = () => {
            while (sent < 30 && !req.destroyed) {
              sent++;
              if (!req.write(chunk)) return void req.once('drain', pump);
            }
            if (!req.destroyed) req.end(`\r\n--${boundary}--\r\n`);
          };
          pump();
        },
      );
      expect({ status: result.status, code: result.body.code, reason: result.body.reason }).toEqual({
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        reason: 'TOO_LARGE',
      });
      expect(await state()).toEqual(before);
    });

    it('refuses without a session (401) and without the CSRF header (403)', async () => {
      const jpeg = await solid(32, 32).jpeg().toBuffer();
      await expectRefused(() => upload(jpeg, { cookie: null }), 401, 'UNAUTHENTICATED', 'UNAUTHENTICATED');
      await expectRefused(
        () => upload(jpeg, { cookie: 'commons_session=forged' }),
        401,
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
      );
      await expectRefused(() => upload(jpeg, { headers: {} }), 403, 'FORBIDDEN', 'CSRF_HEADER_REQUIRED');
      await expectRefused(
        () => upload(jpeg, { headers: { 'X-Requested-With': 'XMLHttpRequest' } }),
        403,
        'FORBIDDEN',
        'CSRF_HEADER_REQUIRED',
      );
    });

    it(`refuses more than ${MEDIA_UPLOADS_PER_HOUR} uploads an hour by one person (429), not others'`, async () => {
      const [bo] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.itEmployee,
      ]);
      // Bo's last hour, already full (rows only: the limit counts rows).
      await t.dataSource.query(
        `INSERT INTO media (owner_id, kind, content_type, byte_size, storage_key)
         SELECT $1, 'IMAGE', 'image/png', 1, gen_random_uuid()::text FROM generate_series(1, $2)`,
        [bo.id, MEDIA_UPLOADS_PER_HOUR],
      );
      try {
        const jpeg = await solid(32, 32).jpeg().toBuffer();
        await expectRefused(() => upload(jpeg, { cookie: other }), 429, 'TOO_MANY_REQUESTS', 'RATE_LIMITED');
        await expectRefused(
          () => upload(Buffer.from('WEBVTT\n'), { cookie: other, path: '/api/media/captions' }),
          429,
          'TOO_MANY_REQUESTS',
          'RATE_LIMITED',
        );
        expect((await upload(jpeg, { cookie: employee })).status).toBe(201);
      } finally {
        await t.dataSource.query(`DELETE FROM media WHERE owner_id = $1 AND byte_size = 1`, [bo.id]);
      }
    });

    it('refuses a request without the file field, or with another field name', async () => {
      await expectRefused(
        () => t.http().post('/api/media').set('Cookie', employee).set(CSRF).send({ file: 'x' }),
        400,
        'BAD_USER_INPUT',
        'FILE_REQUIRED',
      );
      const jpeg = await solid(32, 32).jpeg().toBuffer();
      await expectRefused(
        () => t.http().post('/api/media').set('Cookie', employee).set(CSRF).attach('image', jpeg, 'a.jpg'),
        400,
        'BAD_USER_INPUT',
        'BAD_MULTIPART',
      );
    });
  });

  describe('captions', () => {
    const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHej och välkomna!\n');

    it('accepts WebVTT and serves it as text/vtt', async () => {
      const res = await upload(vtt, {
        path: '/api/media/captions',
        filename: 'sv.vtt',
        contentType: 'text/vtt',
      });
      expect(res.status).toBe(201);
      expect(res.body.url).toMatch(/^\/media\/[0-9a-f-]{36}\/captions\.vtt$/);
      const served = await t.http().get(res.body.url);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('text/vtt; charset=utf-8');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.text).toBe(vtt.toString());
    });

    it('refuses text that is not WebVTT, and files over 1 MB', async () => {
      const srt = Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nHej\n');
      await expectRefused(
        () => upload(srt, { path: '/api/media/captions', filename: 'sv.vtt', contentType: 'text/vtt' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'NOT_WEBVTT',
      );
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      await expectRefused(
        () => upload(html, { path: '/api/media/captions', filename: 'sv.vtt' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'NOT_WEBVTT',
      );
      const long = Buffer.concat([vtt, Buffer.alloc(MB, 'a')]);
      await expectRefused(
        () => upload(long, { path: '/api/media/captions', filename: 'sv.vtt' }),
        413,
        'PAYLOAD_TOO_LARGE',
        'TOO_LARGE',
      );
    });
  });

  describe('serving', () => {
    it('answers 404 for unknown keys and files, and for any path trick', async () => {
      const res = await upload(await solid(100, 100).jpeg().toBuffer());
      const key = res.body.url.split('/')[2];
      await writeFile(join(dataDir, 'secret.txt'), 'do not serve');
      for (const path of [
        `/media/00000000-0000-4000-8000-000000000000/100.jpg`,
        `/media/${key}/9999.jpg`,
        `/media/${key}/..%2F..%2Fsecret.txt`,
        `/media/..%2F..%2Fsecret.txt/x`,
        `/media/${key}/%2e%2e%2f%2e%2e%2fsecret.txt`,
        `/media/not-a-uuid/100.jpg`,
      ]) {
        const served = await t.http().get(path);
        expect({ path, status: served.status }).toEqual({ path, status: 404 });
        expect(served.text).not.toContain('do not serve');
      }
      const head = await t.http().head(res.body.url);
      expect(head.status).toBe(200);
      expect(head.headers['content-type']).toBe('image/jpeg');
      expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
      const miss = await t.http().get(`/media/${key}/9999.jpg`);
      expect(miss.body).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_MEDIA' });
    });
  });

  describe('Article media fields (GraphQL)', () => {
    const CREATE = `mutation Create($input: ArticleInput!) { createArticle(input: $input) { id } }`;
    const MEDIA_FIELDS = `cover { id alt url width height srcSet avifSrcSet sizes } gallery { id alt url srcSet } captionsUrl`;

    it('resolves cover, gallery (in order, each with its alt) and captionsUrl', async () => {
      const cover = (await upload(await solid(1200, 600).jpeg().toBuffer(), { cookie: editor })).body;
      const g1 = (
        await upload(await solid(300, 300).png().toBuffer(), { cookie: editor, contentType: 'image/png' })
      ).body;
      const g2 = (
        await upload(await solid(200, 400).webp().toBuffer(), { cookie: editor, contentType: 'image/webp' })
      ).body;
      const vtt = (await upload(Buffer.from('WEBVTT\n'), { path: '/api/media/captions', cookie: editor }))
        .body;
      const created = await t.gql(
        CREATE,
        {
          input: {
            title: 'Bilder från personaldagen',
            format: 'GALLERY',
            coverMediaId: cover.id,
            coverAlt: 'Kollegor samlade på trappan',
            gallery: [
              { mediaId: g2.id, alt: 'Andra bilden' },
              { mediaId: g1.id, alt: 'Tredje bilden' },
            ],
            captionsMediaId: vtt.id,
          },
        },
        { cookie: editor },
      );
      expect(created.body.errors).toBeUndefined();
      const res = await t.gql(
        `query A($id: ID!) { article(id: $id) { ${MEDIA_FIELDS} } }`,
        { id: created.body.data.createArticle.id },
        { cookie: editor },
      );
      expect(res.body.errors).toBeUndefined();
      const article = res.body.data.article;
      expect(article.cover).toEqual({
        id: cover.id,
        alt: 'Kollegor samlade på trappan',
        url: cover.url,
        width: 1200,
        height: 600,
        srcSet: cover.srcSet,
        avifSrcSet: cover.avifSrcSet,
        sizes: cover.sizes,
      });
      expect(article.gallery).toEqual([
        { id: g2.id, alt: 'Andra bilden', url: g2.url, srcSet: g2.srcSet },
        { id: g1.id, alt: 'Tredje bilden', url: g1.url, srcSet: g1.srcSet },
      ]);
      expect(article.captionsUrl).toBe(vtt.url);
    });

    it('articles place only uploads the author may use: not someone else’s, unless an editor put it there', async () => {
      const UPDATE = `mutation U($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { id } }`;
      const jpeg = await solid(60, 40).jpeg().toBuffer();
      const bos = (await upload(jpeg, { cookie: other })).body.id as string;
      const eriks = (await upload(jpeg, { cookie: editor })).body.id as string;
      const articles = await count(`SELECT count(*)::int AS n FROM article`);

      const refused = await t.gql(
        CREATE,
        { input: { title: 'Lånad bild', coverMediaId: bos, coverAlt: 'Bild' } },
        { cookie: employee },
      );
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'coverMediaId',
        reason: 'UNKNOWN_MEDIA',
      });
      const refusedGallery = await t.gql(
        CREATE,
        { input: { title: 'Lånad bild', gallery: [{ mediaId: bos, alt: 'Bild' }] } },
        { cookie: employee },
      );
      expect(refusedGallery.body.errors?.[0]?.extensions).toMatchObject({
        field: 'gallery',
        reason: 'UNKNOWN_MEDIA',
      });
      expect(await count(`SELECT count(*)::int AS n FROM article`)).toBe(articles);

      // Anna's draft; Erik (an editor) gives it his cover; Anna's later saves may keep it.
      const draft = await t.gql(CREATE, { input: { title: 'Annas utkast' } }, { cookie: employee });
      const id = draft.body.data.createArticle.id as string;
      const byEditor = await t.gql(
        UPDATE,
        { id, input: { coverMediaId: eriks, coverAlt: 'Erik valde' } },
        { cookie: editor },
      );
      expect(byEditor.body.errors).toBeUndefined();
      const kept = await t.gql(
        UPDATE,
        { id, input: { coverMediaId: eriks, coverAlt: 'Anna skrev om' } },
        { cookie: employee },
      );
      expect(kept.body.errors).toBeUndefined();
      const swapped = await t.gql(UPDATE, { id, input: { coverMediaId: bos } }, { cookie: employee });
      expect(swapped.body.errors?.[0]?.extensions).toMatchObject({
        field: 'coverMediaId',
        reason: 'UNKNOWN_MEDIA',
      });
      const [row] = await t.dataSource.query(`SELECT cover_media_id, cover_alt FROM article WHERE id = $1`, [
        id,
      ]);
      expect(row).toEqual({ cover_media_id: eriks, cover_alt: 'Anna skrev om' });
    });

    it('costs two statements per page for every cover, gallery and captions on it, whatever its size', async () => {
      const image = (await upload(await solid(100, 50).jpeg().toBuffer(), { cookie: editor })).body.id;
      for (let i = 0; i < 6; i++) {
        const res = await t.gql(
          CREATE,
          {
            input: {
              title: `Nyhet ${i}`,
              coverMediaId: image,
              coverAlt: `Bild ${i}`,
              gallery: [{ mediaId: image, alt: 'Galleri' }],
            },
          },
          { cookie: editor },
        );
        expect(res.body.errors).toBeUndefined();
      }
      const statements = async (first: number, fields: string) => {
        const original = Client.prototype.query;
        let n = 0;
        const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
          this: Client,
          ...args: unknown[]
        ) {
          n++;
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } as never);
        try {
          const res = await t.gql(
            `query S($first: Int) { studioArticles(first: $first) { edges { node { id ${fields} } } } }`,
            { first },
            { cookie: editor },
          );
          expect(res.body.errors).toBeUndefined();
          expect(res.body.data.studioArticles.edges).toHaveLength(first);
        } finally {
          spy.mockRestore();
        }
        return n;
      };
      await statements(2, MEDIA_FIELDS); // warm-up
      const [twoWithout, twoWith, sixWithout, sixWith] = [
        await statements(2, ''),
        await statements(2, MEDIA_FIELDS),
        await statements(6, ''),
        await statements(6, MEDIA_FIELDS),
      ];
      expect(twoWith - twoWithout).toBe(2);
      expect(sixWith - sixWithout).toBe(2);
    });
  });

  describe('assertUsable (for articles)', () => {
    it('lets people place their own uploads and editors anyone’s; refuses the rest by field', async () => {
      const media = t.app.get(MediaService);
      const jpeg = await solid(40, 40).jpeg().toBuffer();
      const mine = (await upload(jpeg, { cookie: employee })).body.id as string;
      const theirs = (await upload(jpeg, { cookie: other })).body.id as string;
      const captions = (
        await upload(Buffer.from('WEBVTT\n'), { path: '/api/media/captions', cookie: employee })
      ).body.id as string;
      const [anna] = await t.dataSource.query(`SELECT id, role FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.employee,
      ]);
      const [erik] = await t.dataSource.query(`SELECT id, role FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.editor,
      ]);
      const check = (
        actor: { id: string; role: never },
        refs: { id: string; kind: 'IMAGE' | 'CAPTIONS'; field: string }[],
      ) =>
        t.dataSource
          .transaction((m) => media.assertUsable(m, actor, refs))
          .then(
            () => 'ok',
            (e: { extensions: { field: string; reason: string } }) =>
              `${e.extensions.field}:${e.extensions.reason}`,
          );

      expect(
        await check(anna, [
          { id: mine, kind: 'IMAGE', field: 'coverMediaId' },
          { id: captions, kind: 'CAPTIONS', field: 'captionsMediaId' },
        ]),
      ).toBe('ok');
      expect(await check(anna, [{ id: theirs, kind: 'IMAGE', field: 'gallery' }])).toBe(
        'gallery:UNKNOWN_MEDIA',
      );
      expect(await check(erik, [{ id: theirs, kind: 'IMAGE', field: 'coverMediaId' }])).toBe('ok');
      expect(await check(anna, [{ id: captions, kind: 'IMAGE', field: 'coverMediaId' }])).toBe(
        'coverMediaId:UNKNOWN_MEDIA',
      );
      expect(await check(anna, [{ id: mine, kind: 'CAPTIONS', field: 'captionsMediaId' }])).toBe(
        'captionsMediaId:UNKNOWN_MEDIA',
      );
      expect(
        await check(anna, [
          { id: '00000000-0000-4000-8000-000000000000', kind: 'IMAGE', field: 'coverMediaId' },
        ]),
      ).toBe('coverMediaId:UNKNOWN_MEDIA');
      expect(await check(anna, [{ id: 'not-a-uuid', kind: 'IMAGE', field: 'coverMediaId' }])).toBe(
        'coverMediaId:UNKNOWN_MEDIA',
      );
    });
  });
});

const MB = 1024 * 1024;

describe('media uploads when storage fails (e2e)', () => {
  it('keeps no row, audit entry or file when a file cannot be written', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'commons-media-broken-'));
    // DATA_DIR/media is a plain file: every write under it fails.
    await writeFile(join(dataDir, 'media'), 'not a folder');
    const t = await createTestApp({ seed: true, env: { DATA_DIR: dataDir } });
    try {
      const cookie = await t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
      const jpeg = await solid(50, 50).jpeg().toBuffer();
      const res = await t
        .http()
        .post('/api/media')
        .set('Cookie', cookie)
        .set(CSRF)
        .attach('file', jpeg, 'a.jpg');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        statusCode: 500,
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'INTERNAL',
        message: 'Something went wrong.',
      });
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM media`))[0].n).toBe(0);
      expect(
        (
          await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'media.upload'`)
        )[0].n,
      ).toBe(0);
    } finally {
      await t.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
