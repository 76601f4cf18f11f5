import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built API bundle; `nx test api` builds it first (the test target depends on build). */
export const BUNDLE = join(__dirname, '../../../../dist/apps/api/main.js');

export interface SpawnedServer {
  child: ChildProcess;
  /** Everything written so far, stdout and stderr apart. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the milliseconds from spawn to the "Commons is ready" log line. */
  ready(timeoutMs?: number): Promise<number>;
  /** Resolves with the exit code (or the signal's name). */
  exited(timeoutMs?: number): Promise<number | string>;
}

/** Runs the bundle as a person would: `node dist/apps/api/main.js [command]` with this environment only. */
export function spawnServer(env: Record<string, string>, args: string[] = []): SpawnedServer {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: build the API first (npx nx build api)`);
  const started = Date.now();
  const child = spawn(process.execPath, [BUNDLE, ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let readyAt: number | undefined;
  const readyWaiters: Array<() => void> = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (readyAt === undefined && out.includes('Commons is ready')) {
      readyAt = Date.now() - started;
      readyWaiters.splice(0).forEach((w) => w());
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exitPromise = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );

  const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `${what} within ${ms} ms\n--- stdout\n${out.slice(-3000)}\n--- stderr\n${err.slice(-3000)}`,
            ),
          ),
        ms,
      );
      promise.then(
        (v) => (clearTimeout(timer), resolve(v)),
        (e) => (clearTimeout(timer), reject(e)),
      );
    });

  return {
    child,
    stdout: () => out,
    stderr: () => err,
    ready: (timeoutMs = 60_000) =>
      withTimeout(
        new Promise<number>((resolve, reject) => {
          if (readyAt !== undefined) return resolve(readyAt);
          readyWaiters.push(() => resolve(readyAt as number));
          void exitPromise.then((code) =>
            reject(new Error(`server exited (${code}) before it was ready\n${out.slice(-3000)}\n${err}`)),
          );
        }),
        timeoutMs,
        'server not ready',
      ),
    exited: (timeoutMs = 30_000) => withTimeout(exitPromise, timeoutMs, 'server did not exit'),
  };
}
