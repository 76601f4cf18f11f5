import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { spawnServer, SpawnedServer } from '../test-support/spawn-server';
import { freePort } from './free-port.util';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-seed';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The default a new user gets: no DATABASE_URL, so the built server runs its own PostgreSQL in
 * DATA_DIR. Data must survive a clean restart and a SIGKILL of the server.
 */
describe('embedded PostgreSQL (no DATABASE_URL)', () => {
  let dataDir: string;
  let port: number;
  let current: SpawnedServer | undefined;
  const timings: Record<string, number> = {};

  const start = () => {
    current = spawnServer({
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      WEB_DIST_DIR: '/nonexistent',
    });
    return current;
  };
  const base = () => `http://127.0.0.1:${port}`;
  const gql = async (query: string, variables: object = {}, cookie?: string) => {
    const res = await fetch(`${base()}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: await res.json(), setCookie: res.headers.getSetCookie() };
  };
  const loginAsAdmin = async () => {
    const { body, setCookie } = await gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      {
        e: DEMO_ACCOUNTS.admin,
        p: DEMO_PASSWORD,
      },
    );
    expect(body.errors).toBeUndefined();
    return setCookie.map((c) => c.split(';')[0]).join('; ');
  };
  const locationNames = async (cookie: string): Promise<string[]> => {
    const { body } = await gql('{ locations { name } }', {}, cookie);
    expect(body.errors).toBeUndefined();
    return body.data.locations.map((l: { name: string }) => l.name);
  };
  const postmasterPid = () =>
    Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'commons-embedded-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
  });

  afterAll(async () => {
    if (current && current.child.exitCode === null) {
      current.child.kill('SIGTERM');
      await current.exited().catch(() => current?.child.kill('SIGKILL'));
    }
    rmSync(dataDir, { recursive: true, force: true });
    process.stdout.write(`embedded PostgreSQL start-up timings (ms): ${JSON.stringify(timings)}\n`);
  });

  it('first start creates the cluster, migrates and seeds; data survives a clean restart', async () => {
    let server = start();
    timings.firstStartWithSeed = await server.ready(90_000);
    expect(server.stdout()).toContain('Created the demo organisation and people');
    expect(server.stdout()).toContain(`with the password \\"${DEMO_PASSWORD}\\"`);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);

    const cookie = await loginAsAdmin();
    const { body } = await gql(
      'mutation { createLocation(input: { name: "Persisted Office" }) { id } }',
      {},
      cookie,
    );
    expect(body.errors).toBeUndefined();

    const pgPid = postmasterPid();
    server.child.kill('SIGTERM');
    expect(await server.exited()).toBe(0);
    expect(server.stdout()).toContain('Embedded PostgreSQL stopped');
    expect(isAlive(pgPid)).toBe(false);

    server = start();
    timings.restart = await server.ready(60_000);
    expect(server.stdout()).not.toContain('Creating the embedded PostgreSQL cluster');
    expect(server.stdout()).not.toContain('Created the demo organisation');
    expect(await locationNames(await loginAsAdmin())).toContain('Persisted Office');
  });

  it('after a SIGKILL of the server the next start recovers and keeps the data', async () => {
    const killed = current as SpawnedServer;
    const pgPid = postmasterPid();
    killed.child.kill('SIGKILL');
    expect(await killed.exited()).toBe('SIGKILL');
    expect(isAlive(pgPid)).toBe(true); // the orphaned postmaster still holds the cluster

    const server = start();
    timings.startAfterSigkill = await server.ready(60_000);
    expect(server.stdout()).toContain('Stopping a PostgreSQL left running');
    expect(isAlive(pgPid)).toBe(false);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
    expect(await locationNames(await loginAsAdmin())).toContain('Persisted Office');

    server.child.kill('SIGTERM');
    expect(await server.exited()).toBe(0);
  });

  it('a second server on the same DATA_DIR is refused while the first runs', async () => {
    const first = start();
    await first.ready(60_000);
    const second = spawnServer({
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      WEB_DIST_DIR: '/nonexistent',
    });
    expect(await second.exited()).toBe(1);
    expect(second.stdout()).toContain('in use by another Commons process');
    expect((await fetch(`${base()}/readyz`)).status).toBe(200); // the first one is untouched
    first.child.kill('SIGTERM');
    expect(await first.exited()).toBe(0);
  });

  it('SIGTERM lets an in-flight request finish, refuses new connections, then stops the database', async () => {
    const server = start();
    await server.ready(60_000);
    // Hold a lock the sign-in query needs, so a sign-in is in flight when SIGTERM arrives.
    const { user, password } = JSON.parse(readFileSync(join(dataDir, 'embedded-postgres.json'), 'utf8'));
    const pgPort = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
    const locker = new Client({ host: '127.0.0.1', port: pgPort, user, password, database: 'commons' });
    locker.on('error', () => undefined); // reported through the assertions below instead
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE person IN ACCESS EXCLUSIVE MODE');
    try {
      const inFlight = gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
        e: DEMO_ACCOUNTS.employee,
        p: DEMO_PASSWORD,
      });
      await new Promise((r) => setTimeout(r, 300));
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      expect(server.child.exitCode).toBeNull(); // still draining
      await expect(fetch(`${base()}/healthz`)).rejects.toThrow(); // no longer accepting
      await locker.query('COMMIT');
      const { body } = await inFlight;
      if (body.errors) process.stdout.write(server.stdout().slice(-4000));
      expect(body.errors).toBeUndefined();
      expect(body.data.login.id).toBeTruthy();
    } finally {
      await locker.end().catch(() => undefined);
    }
    expect(await server.exited()).toBe(0);
    expect(server.stdout()).toContain('Embedded PostgreSQL stopped');
  });
});
