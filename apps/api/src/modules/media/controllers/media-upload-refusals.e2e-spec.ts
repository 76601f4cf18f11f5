import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { DEMO_ACCOUNTS } from '../../../database/seed/demo-seed';
import { MEDIA_UPLOADS_PER_HOUR } from '../media.constants';
import { CSRF, MB, solid, useMediaTestApp } from '../../../test-support/media-test-app';

describe('media uploads: refusals (e2e)', () => {
  /** One test app per spec file (see test-support/media-test-app.ts): uploads land in its own data folder. */
  const app = useMediaTestApp();

  describe('refused uploads write nothing', () => {
    it('refuses SVG, even declared as PNG', async () => {
      const svg = Buffer.from(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
      );
      await app.expectRefused(
        () => app.upload(svg, { filename: 'logo.svg', contentType: 'image/svg+xml' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'SVG_NOT_ALLOWED',
      );
      await app.expectRefused(
        () => app.upload(svg, { filename: 'logo.png', contentType: 'image/png' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'SVG_NOT_ALLOWED',
      );
    });

    it('refuses HTML renamed .png, a PDF, and an empty file', async () => {
      const html = Buffer.from('<!doctype html><html><body><script>document.cookie</script></body></html>');
      await app.expectRefused(
        () => app.upload(html, { filename: 'cat.png', contentType: 'image/png' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'UNSUPPORTED_TYPE',
      );
      const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
      await app.expectRefused(
        () => app.upload(pdf, { filename: 'report.jpg' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'UNSUPPORTED_TYPE',
      );
      await app.expectRefused(
        () => app.upload(Buffer.alloc(0), { filename: 'empty.jpg' }),
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
      await app.expectRefused(
        () => app.upload(fake, { filename: 'x.png', contentType: 'image/png' }),
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
      const res = await app.expectRefused(
        () => app.upload(huge, { filename: 'huge.png', contentType: 'image/png' }),
        400,
        'BAD_USER_INPUT',
        'TOO_MANY_PIXELS',
      );
      expect(res.body.message).toMatch(/40 megapixels/);
    });

    it('refuses a body over 20 MB', async () => {
      const big = Buffer.concat([await solid(16, 16).jpeg().toBuffer(), Buffer.alloc(21 * MB)]);
      await app.expectRefused(
        () => app.upload(big, { filename: 'big.jpg' }),
        413,
        'PAYLOAD_TOO_LARGE',
        'TOO_LARGE',
      );
    });

    it('stops reading a chunked body (no Content-Length) at 20 MB', async () => {
      const server = app.t.app.getHttpServer() as Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const boundary = 'commons-test-boundary';
      const before = await app.state();
      const result = await new Promise<{ status: number; body: Record<string, unknown> }>(
        (resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: '/api/media',
              headers: {
                Cookie: app.employee,
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
      expect(await app.state()).toEqual(before);
    });

    it('refuses without a session (401) and without the CSRF header (403)', async () => {
      const jpeg = await solid(32, 32).jpeg().toBuffer();
      await app.expectRefused(
        () => app.upload(jpeg, { cookie: null }),
        401,
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
      );
      await app.expectRefused(
        () => app.upload(jpeg, { cookie: 'commons_session=forged' }),
        401,
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
      );
      await app.expectRefused(
        () => app.upload(jpeg, { headers: {} }),
        403,
        'FORBIDDEN',
        'CSRF_HEADER_REQUIRED',
      );
      await app.expectRefused(
        () => app.upload(jpeg, { headers: { 'X-Requested-With': 'XMLHttpRequest' } }),
        403,
        'FORBIDDEN',
        'CSRF_HEADER_REQUIRED',
      );
    });

    it(`refuses more than ${MEDIA_UPLOADS_PER_HOUR} uploads an hour by one person (429), not others'`, async () => {
      const [bo] = await app.t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.itEmployee,
      ]);
      // Bo's last hour, already full (rows only: the limit counts rows).
      await app.t.dataSource.query(
        `INSERT INTO media (owner_id, kind, content_type, byte_size, storage_key)
         SELECT $1, 'IMAGE', 'image/png', 1, gen_random_uuid()::text FROM generate_series(1, $2)`,
        [bo.id, MEDIA_UPLOADS_PER_HOUR],
      );
      try {
        const jpeg = await solid(32, 32).jpeg().toBuffer();
        await app.expectRefused(
          () => app.upload(jpeg, { cookie: app.other }),
          429,
          'TOO_MANY_REQUESTS',
          'RATE_LIMITED',
        );
        await app.expectRefused(
          () => app.upload(Buffer.from('WEBVTT\n'), { cookie: app.other, path: '/api/media/captions' }),
          429,
          'TOO_MANY_REQUESTS',
          'RATE_LIMITED',
        );
        expect((await app.upload(jpeg, { cookie: app.employee })).status).toBe(201);
      } finally {
        await app.t.dataSource.query(`DELETE FROM media WHERE owner_id = $1 AND byte_size = 1`, [bo.id]);
      }
    });

    it('refuses a request without the file field, or with another field name', async () => {
      await app.expectRefused(
        () => app.t.http().post('/api/media').set('Cookie', app.employee).set(CSRF).send({ file: 'x' }),
        400,
        'BAD_USER_INPUT',
        'FILE_REQUIRED',
      );
      const jpeg = await solid(32, 32).jpeg().toBuffer();
      await app.expectRefused(
        () =>
          app.t
            .http()
            .post('/api/media')
            .set('Cookie', app.employee)
            .set(CSRF)
            .attach('image', jpeg, 'a.jpg'),
        400,
        'BAD_USER_INPUT',
        'BAD_MULTIPART',
      );
    });
  });
});
