import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../database/seed/demo-seed';
import { createTestApp } from '../../../test-support/test-app';
import { DiskMediaStorage } from './disk-media-storage';
import { MediaStorage } from './media-storage';
import { CSRF, solid } from '../../../test-support/media-test-app';
import { S3MediaStorage } from './s3-media-storage';

/** s3rver (a real S3-compatible server in Node, from npm) has no type declarations. */
interface S3rverServer {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverServer;

const BUCKET = 'commons-media';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }; // s3rver's fixed development pair

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A real S3-compatible server on a free loopback port, with the media bucket created. */
async function startS3(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'commons-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const admin = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
  });
  await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  admin.destroy();
  return {
    endpoint,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** What every storage must do; run against the disk and against a real S3-compatible server. */
function storageContract(
  name: string,
  make: () => Promise<{ storage: MediaStorage; done: () => Promise<void> }>,
) {
  describe(`${name} storage`, () => {
    let storage: MediaStorage;
    let done: () => Promise<void>;
    beforeAll(async () => ({ storage, done } = await make()));
    afterAll(() => done?.());

    const key = '0d8c7c4e-5a4f-4b8a-9d55-0a5c1f7e9b21/640.webp';

    it('round-trips bytes through put, get, stream and delete', async () => {
      const data = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
      expect(await storage.get(key)).toBeNull();
      expect(await storage.stream(key)).toBeNull();
      await storage.put(key, data, 'image/webp');
      expect((await storage.get(key))?.equals(data)).toBe(true);
      const stream = await storage.stream(key);
      expect(stream).not.toBeNull();
      expect((await readAll(stream as Readable)).equals(data)).toBe(true);
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
      await expect(storage.delete(key)).resolves.toBeUndefined(); // deleting twice is fine
    });

    it('refuses keys that could escape their place', async () => {
      for (const bad of [
        '../x',
        'a/../../etc/passwd',
        '/etc/passwd',
        'a//b',
        'a\\b',
        'A/b',
        'a/..',
        '',
        'a/.hidden',
      ]) {
        await expect(storage.put(bad, Buffer.from('x'), 'text/plain')).rejects.toThrow(
          /unsafe media storage key/,
        );
        await expect(storage.get(bad)).rejects.toThrow(/unsafe media storage key/);
      }
    });
  });
}

storageContract('disk', async () => {
  const root = await mkdtemp(join(tmpdir(), 'commons-disk-storage-'));
  return {
    storage: new DiskMediaStorage(join(root, 'media')),
    done: () => rm(root, { recursive: true, force: true }),
  };
});

storageContract('S3 (s3rver)', async () => {
  const s3 = await startS3();
  const storage = new S3MediaStorage({
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: CREDENTIALS,
  });
  return {
    storage,
    done: async () => {
      storage.destroy();
      await s3.stop();
    },
  };
});

describe('uploads with MEDIA_STORAGE=s3 (e2e, s3rver)', () => {
  it('stores the variants in the bucket (not on disk) and serves them through GET /media', async () => {
    const s3 = await startS3();
    const dataDir = await mkdtemp(join(tmpdir(), 'commons-media-s3-'));
    const t = await createTestApp({
      seed: true,
      env: {
        DATA_DIR: dataDir,
        MEDIA_STORAGE: 's3',
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: BUCKET,
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      },
    });
    try {
      const cookie = await t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
      const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#369' } })
        .png()
        .toBuffer();
      const res = await t
        .http()
        .post('/api/media')
        .set('Cookie', cookie)
        .set('X-Requested-With', 'commons')
        .attach('file', png, 'a.png');
      expect(res.status).toBe(201);
      const served = await t.http().get(res.body.url);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('image/jpeg');
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await sharp(served.body as Buffer).metadata()).width).toBe(800);

      const key = res.body.url.split('/')[2];
      const direct = new S3MediaStorage({
        bucket: BUCKET,
        region: 'us-east-1',
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: CREDENTIALS,
      });
      try {
        expect((await direct.get(`${key}/640.avif`))?.length).toBeGreaterThan(0);
      } finally {
        direct.destroy();
      }
      expect(await readdir(dataDir)).not.toContain('media');
    } finally {
      await t.close();
      await s3.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

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
