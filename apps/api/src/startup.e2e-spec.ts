import { spawnServer } from './test-support/spawn-server';
import { freePort } from './database/free-port.util';

/** Start-up of the real bundle with bad settings: one readable line, a non-zero exit, no hang. */
describe('start-up refuses bad configuration', () => {
  it('a malformed DATABASE_URL prints one line naming it and exits 1', async () => {
    const server = spawnServer({
      DATABASE_URL: 'mysql://db.example/commons',
      PORT: String(await freePort()),
    });
    expect(await server.exited()).toBe(1);
    expect(server.stderr()).toBe('Configuration error: DATABASE_URL must be a postgres:// URL\n');
    expect(server.stdout()).toBe('');
  });

  it('production without SESSION_SECRET refuses to start', async () => {
    const server = spawnServer({ NODE_ENV: 'production', DATABASE_URL: 'postgres://127.0.0.1:1/x' });
    expect(await server.exited()).toBe(1);
    expect(server.stderr()).toBe('Configuration error: SESSION_SECRET is required in production\n');
  });

  it('production with the development secret refuses to start', async () => {
    const server = spawnServer({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://127.0.0.1:1/x',
      SESSION_SECRET: 'commons-development-secret-do-not-use-in-production',
    });
    expect(await server.exited()).toBe(1);
    expect(server.stderr()).toContain('SESSION_SECRET must not be the development default');
  });

  it('an unreachable database fails start-up with an error instead of hanging', async () => {
    const deadPort = await freePort();
    const server = spawnServer({
      DATABASE_URL: `postgres://commons@127.0.0.1:${deadPort}/commons`,
      PORT: String(await freePort()),
      DB_CONNECT_TIMEOUT_MS: '1000',
    });
    expect(await server.exited(30_000)).toBe(1);
    expect(server.stdout()).toMatch(/"level":"fatal".*Could not serve/);
    expect(server.stdout()).not.toContain('Commons is ready');
  });
});
