import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../database/seed/demo-seed';
import { createTestApp, TestApp } from './test-app';

/** The media specs' shared set-up: a seeded test app with its own data folder, and upload helpers. */

export const CSRF = { 'X-Requested-With': 'commons' };
export const MB = 1024 * 1024;

/** Every file under a folder, relative, sorted (the storage's whole state on disk). */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

export const solid = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({
    create: {
      width,
      height,
      channels,
      background: channels === 4 ? { r: 10, g: 120, b: 200, alpha: 0.5 } : '#2a6',
    },
  });

interface UploadOptions {
  filename?: string;
  contentType?: string;
  cookie?: string | null;
  headers?: Record<string, string>;
  path?: string;
}

export interface MediaTestApp {
  t: TestApp;
  dataDir: string;
  /** Session cookies: Anna (employee), Erik (editor) and Bo (another employee). */
  employee: string;
  editor: string;
  other: string;
  count(sql: string): Promise<number>;
  /** Media rows, upload audit entries and files on disk. */
  state(): Promise<{ rows: number; audit: number; files: string[] }>;
  /** POSTs `data` as the file field; as Anna with the CSRF header unless told otherwise. */
  upload(data: Buffer, opts?: UploadOptions): ReturnType<ReturnType<TestApp['http']>['post']>;
  /** Asserts a refusal: the status, the JSON {code, reason}, and that nothing at all was written. */
  expectRefused(
    send: () => PromiseLike<{ status: number; body: Record<string, unknown> }>,
    status: number,
    code: string,
    reason: string,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
}

/**
 * Starts a seeded test app for the spec file (beforeAll) and closes it (afterAll). Its fields are
 * there once beforeAll has run: read them inside tests.
 */
export function useMediaTestApp(): MediaTestApp {
  const app = {} as MediaTestApp;

  beforeAll(async () => {
    app.dataDir = await mkdtemp(join(tmpdir(), 'commons-media-'));
    // No scheduler ticks: they would land in the statement counts.
    app.t = await createTestApp({
      seed: true,
      env: { DATA_DIR: app.dataDir, ARTICLE_SCHEDULER_INTERVAL_MS: '0' },
    });
    [app.employee, app.editor, app.other] = await Promise.all([
      app.t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD),
      app.t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD),
      app.t.login(DEMO_ACCOUNTS.itEmployee, DEMO_PASSWORD),
    ]);
  });
  afterAll(async () => {
    await app.t?.close();
    if (app.dataDir) await rm(app.dataDir, { recursive: true, force: true });
  });

  app.count = async (sql) => (await app.t.dataSource.query(sql))[0].n as number;
  app.state = async () => ({
    rows: await app.count(`SELECT count(*)::int AS n FROM media`),
    audit: await app.count(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'media.upload'`),
    files: await filesUnder(join(app.dataDir, 'media')),
  });
  app.upload = (data, opts = {}) => {
    let req = app.t.http().post(opts.path ?? '/api/media');
    if (opts.cookie !== null) req = req.set('Cookie', opts.cookie ?? app.employee);
    for (const [k, v] of Object.entries(opts.headers ?? CSRF)) req = req.set(k, v);
    return req.attach('file', data, {
      filename: opts.filename ?? 'image.jpg',
      contentType: opts.contentType ?? 'image/jpeg',
    });
  };
  app.expectRefused = async (send, status, code, reason) => {
    const before = await app.state();
    const res = await send();
    expect({ status: res.status, code: res.body.code, reason: res.body.reason }).toEqual({
      status,
      code,
      reason,
    });
    expect(typeof res.body.message).toBe('string');
    expect(await app.state()).toEqual(before);
    return res;
  };
  return app;
}
