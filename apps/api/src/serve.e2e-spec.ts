import { Agent, get } from 'node:http';
import { freePort } from './database/free-port.util';
import { spawnServer, SpawnedServer } from './test-support/spawn-server';
import { createTestDatabase, TestDatabase } from './test-support/test-database';

/** The real bundle serving HTTP, as the reverse proxy in docker/ talks to it. */
describe('serving', () => {
  let db: TestDatabase;
  let server: SpawnedServer;
  let port: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    port = await freePort();
    server = spawnServer({ DATABASE_URL: db.url, PORT: String(port), SEED_DEMO: 'false' });
    await server.ready(60_000);
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited();
    await db?.drop();
  });

  it('keeps an idle keep-alive connection open past Node’s 5 s default, so a proxy reusing it is answered', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const healthz = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = get({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
        });
        req.on('error', reject);
      });
    try {
      expect(await healthz()).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      // The same socket, still open on the server's side: the request is answered, not reset.
      expect(await healthz()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });
});
