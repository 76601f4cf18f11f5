import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the jest global setup: the URL of a database on the test server with CREATEDB rights. */
export const TEST_ADMIN_URL_ENV = 'COMMONS_TEST_ADMIN_URL';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env[TEST_ADMIN_URL_ENV] ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      `${TEST_ADMIN_URL_ENV} is not set: run the API tests through jest -c apps/api/jest.config.ts`,
    );
  return url;
}

/** Runs work on a connection to the test server's admin database (outside any test database). */
export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty, uniquely named database on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `commons_test_${process.pid}_${randomBytes(5).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // FORCE: a test that failed half-way may leave connections open.
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
