import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres } from './src/database/embedded-postgres';
import { TEST_ADMIN_URL_ENV } from './src/test-support/test-database';

declare global {
  var __COMMONS_TEST_PG__: { stop(): Promise<void>; dir: string } | undefined;
}

/**
 * One PostgreSQL server for the whole run: DATABASE_URL's when set, otherwise an embedded one in
 * a temporary folder. Tests create their own databases on it through the admin URL exported here
 * (workers inherit this process's environment).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env[TEST_ADMIN_URL_ENV] = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'commons-api-test-'));
  chmodSync(dir, 0o755); // the postgres user must be able to enter it
  const started = Date.now();
  const pg = await startEmbeddedPostgres(dir, pino({ level: 'warn' }));
  process.env[TEST_ADMIN_URL_ENV] = pg.adminUrl;
  globalThis.__COMMONS_TEST_PG__ = { stop: pg.stop, dir };
  process.stdout.write(`\nEmbedded PostgreSQL for the API tests ready in ${Date.now() - started} ms\n`);
}
