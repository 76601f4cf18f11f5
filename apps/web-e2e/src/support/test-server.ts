import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * Runs the BUILT server (`node dist/apps/api/main.js`), exactly as `npm start` does, on a free port
 * with a throwaway database:
 * - DATABASE_URL unset: the server's own embedded PostgreSQL in a temporary DATA_DIR;
 * - DATABASE_URL set: a fresh database created on that server, dropped afterwards.
 * Demo content is seeded, so the demo accounts exist.
 */
export interface TestServer {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

const workspaceRoot = resolve(__dirname, '../../../..');
const serverMain = join(workspaceRoot, 'dist/apps/api/main.js');
const webDist = join(workspaceRoot, 'dist/apps/web');
const readyTimeoutMs = 120_000;
const stopTimeoutMs = 20_000;

export async function startTestServer(): Promise<TestServer> {
  for (const built of [serverMain, join(webDist, 'index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: build first (nx run-many -t build -p api web)`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const resultsDir = join(workspaceRoot, 'apps/web-e2e/.results');
  mkdirSync(resultsDir, { recursive: true });
  const logFile = join(resultsDir, 'server.log');

  // PostgreSQL refuses to run as root and the `postgres` user must be able to enter the data folder,
  // so the temp folder (0700 from mkdtemp) is opened up.
  const dataDir = await mkdtemp(join(tmpdir(), 'commons-e2e-'));
  await chmod(dataDir, 0o755);

  // A private copy of the built web app: a rebuild during the run (nx build web in another terminal)
  // would otherwise swap the hashed asset files under the running pages.
  const webDir = join(dataDir, 'web');
  await cp(webDist, webDir, { recursive: true });

  const externalUrl = process.env.DATABASE_URL;
  const database = externalUrl ? await createThrowawayDatabase(externalUrl) : undefined;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    WEB_DIST_DIR: webDir,
    SHUTDOWN_GRACE_SECONDS: '2',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info',
  };
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;

  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [serverMain], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const cleanUp = async () => {
    await stopProcess(child);
    await new Promise<void>((r) => log.end(r));
    if (database) await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForReady(baseUrl, child, logFile);
  } catch (error) {
    await cleanUp();
    // CI keeps no files: show why the server did not come up.
    const tail = (await readFile(logFile, 'utf8').catch(() => ''))
      .trimEnd()
      .split('\n')
      .slice(-25)
      .join('\n');
    throw new Error(`${(error as Error).message}\n--- last lines of the server log ---\n${tail}`);
  }
  return { baseUrl, logFile, stop: cleanUp };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') {
        const { port } = address;
        server.close(() => resolvePort(port));
      } else {
        server.close(() => reject(new Error('no port assigned')));
      }
    });
  });
}

async function waitForReady(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`the server exited with code ${exited} before it was ready; see ${logFile}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within ${readyTimeoutMs / 1000} s; see ${logFile}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

async function createThrowawayDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `commons_e2e_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
