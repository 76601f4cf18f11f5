import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
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
    await dropAbandonedTestDatabases(process.env.DATABASE_URL);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'commons-api-test-'));
  chmodSync(dir, 0o755); // the postgres user must be able to enter it
  const started = Date.now();
  const pg = await startEmbeddedPostgres(dir, pino({ level: 'warn' })).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  process.env[TEST_ADMIN_URL_ENV] = pg.adminUrl;
  globalThis.__COMMONS_TEST_PG__ = { stop: pg.stop, dir };
  process.stdout.write(`\nEmbedded PostgreSQL for the API tests ready in ${Date.now() - started} ms\n`);
}

/**
 * Databases of an earlier run that was killed before its close(): named after a worker pid that is
 * gone. (Assumes the test server is not shared with test runs on other machines.)
 */
async function dropAbandonedTestDatabases(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'commons\\_test\\_%'`,
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split('_')[2]);
      if (Number.isInteger(pid) && !isAlive(pid)) {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
      }
    }
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
