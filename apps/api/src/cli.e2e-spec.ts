import { Client } from 'pg';
import { freePort } from './database/free-port.util';
import { migrations } from './database/migrations';
import { spawnServer } from './test-support/spawn-server';
import { createTestDatabase, TestDatabase } from './test-support/test-database';

/** The database commands of the bundle (npm run db:migrate / db:revert / db:seed) on a real database. */
describe('database commands', () => {
  let db: TestDatabase;
  const query = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const run = async (command: string, env: Record<string, string> = {}) => {
    const proc = spawnServer({ DATABASE_URL: db.url, LOG_LEVEL: 'info', ...env }, [command]);
    const code = await proc.exited(60_000);
    return { code, stdout: proc.stdout(), stderr: proc.stderr() };
  };
  const applied = async () =>
    (await query<{ name: string }>('SELECT name FROM typeorm_migrations ORDER BY id')).map((r) => r.name);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('migrate applies every migration, and again is a no-op', async () => {
    expect((await run('migrate')).code).toBe(0);
    expect(await applied()).toEqual(migrations.map((m) => m.name));
    const again = await run('migrate');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Applied 0 migration(s)');
  });

  it('revert undoes only the latest migration, and migrate brings it back', async () => {
    expect((await run('revert')).code).toBe(0);
    expect(await applied()).toEqual(migrations.slice(0, -1).map((m) => m.name));
    expect((await run('migrate')).code).toBe(0);
    expect(await applied()).toEqual(migrations.map((m) => m.name));
  });

  it('seed creates the demo content once', async () => {
    const first = await run('seed');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Created the demo content');
    const [{ n }] = await query<{ n: number }>('SELECT count(*)::int AS n FROM person');
    expect(n).toBeGreaterThanOrEqual(30);
    const second = await run('seed');
    expect(second.stdout).toContain('Demo content already present');
    expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM person'))[0].n).toBe(n);
  });

  it('seed refuses to run in production and writes nothing', async () => {
    const [{ n: before }] = await query<{ n: number }>('SELECT count(*)::int AS n FROM org_unit');
    const res = await run('seed', {
      NODE_ENV: 'production',
      SESSION_SECRET: 'a-production-secret-of-forty-characters!',
    });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('never runs in production');
    expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM org_unit'))[0].n).toBe(before);
  });

  it('an unknown command is refused with the list of commands', async () => {
    const res = await run('frobnicate');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Commands: serve, migrate, revert, seed, schema');
  });

  it('DB_MIGRATE_ON_START=false starts without migrating', async () => {
    const fresh = await createTestDatabase();
    try {
      const server = spawnServer({
        DATABASE_URL: fresh.url,
        PORT: String(await freePort()),
        DB_MIGRATE_ON_START: 'false',
        SEED_DEMO: 'false',
      });
      await server.ready(60_000);
      server.child.kill('SIGTERM');
      expect(await server.exited()).toBe(0);
      const client = new Client({ connectionString: fresh.url });
      await client.connect();
      const { rows } = await client.query(`SELECT to_regclass('public.person') AS t`);
      await client.end();
      expect(rows[0].t).toBeNull();
    } finally {
      await fresh.drop();
    }
  });
});
