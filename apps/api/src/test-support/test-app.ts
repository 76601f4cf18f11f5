/**
 * The API test harness: a real AppModule on a real, fresh PostgreSQL database per call.
 *
 *   import { createTestApp, TestApp } from '../../test-support/test-app';
 *
 *   createTestApp(options?: { seed?: boolean; env?: Record<string, string> }): Promise<TestApp>
 *     - creates a uniquely named database on the test server (the jest global setup's embedded
 *       PostgreSQL, or the server of DATABASE_URL when that is set), runs the migrations,
 *     - with `seed: true` runs seedDemoContent() (demo accounts, password `commons-demo`),
 *     - boots AppModule through the same createApp()/configureApp() as main.ts (helmet, request id,
 *       validation pipe, GraphQL limits, error formatting) without listening on a port.
 *     `env` overrides settings (e.g. { NODE_ENV: 'production', SESSION_SECRET: '…32+ chars…' }).
 *     Defaults: NODE_ENV=test, LOG_LEVEL=warn, SEED_DEMO=false, ARTICLE_SCHEDULER_INTERVAL_MS=0 (no
 *     background ticks); the process environment is ignored.
 *
 *   interface TestApp {
 *     app: INestApplication;
 *     dataSource: DataSource;          // the app's own TypeORM DataSource
 *     config: AppConfig;
 *     gql(query, variables?, opts?: { cookie?: string; headers?: Record<string, string> })
 *       : Promise<{ status: number; body: any; setCookie: string[] }>;   // POST /graphql as JSON
 *     http(): supertest agent-like `request(app.getHttpServer())` for non-GraphQL routes;
 *     login(email, password): Promise<string>;   // the Cookie header value; throws on failure
 *     logs(): Array<Record<string, unknown>>;    // JSON log lines since this app was created
 *     close(): Promise<void>;                    // closes the app and drops the database
 *   }
 *
 * Call close() in afterAll/afterEach. Each createTestApp costs about a second; share one per file
 * where tests do not interfere.
 */
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../common/bootstrap/create-app';
import { createRootLogger, RootLogger } from '../common/logging/root-logger';
import { AppConfig } from '../config/app-config';
import { loadConfig } from '../config/load-config';
import { prepareDatabase } from '../database/prepare-database';
import { seedDemoContent } from '../database/seed/demo-seed';
import { createTestDatabase } from './test-database';

export interface GqlResult {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  setCookie: string[];
}

export interface GqlOptions {
  cookie?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  config: AppConfig;
  gql(query: string, variables?: object, opts?: GqlOptions): Promise<GqlResult>;
  http(): ReturnType<typeof request>;
  login(email: string, password: string): Promise<string>;
  logs(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  seed?: boolean;
  env?: Record<string, string>;
}

const TEST_DEFAULTS: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  DB_MIGRATE_ON_START: 'true',
  // No built web app in API tests unless a test asks for one.
  WEB_DIST_DIR: '/nonexistent/commons-web',
  // No article scheduler ticking in the background (its statements would upset statement counts);
  // the scheduling tests turn it on.
  ARTICLE_SCHEDULER_INTERVAL_MS: '0',
  // Likewise the session cleanup; its own test turns it on.
  SESSION_CLEANUP_INTERVAL_MS: '0',
};

/** Each app's log lines, kept for logs(); warnings and errors are also echoed to stdout. */
function capturingLogger(config: AppConfig, lines: string[]): RootLogger {
  return createRootLogger(config, {
    write: (line: string) => {
      lines.push(line);
      if (/"level":"(warn|error|fatal)"/.test(line)) process.stdout.write(line);
    },
  });
}

/** `Set-Cookie` headers → a `Cookie` header value (name=value pairs). */
export function cookieHeader(setCookie: string[]): string {
  return setCookie.map((c) => c.split(';')[0]).join('; ');
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  try {
    const config = loadConfig({ ...TEST_DEFAULTS, ...options.env, DATABASE_URL: database.url });
    const capturedLines: string[] = [];
    const logger = capturingLogger(config, capturedLines);
    const app = await createApp({ config, logger, databaseUrl: database.url });
    const dataSource = app.get(DataSource);
    await prepareDatabase(dataSource, config, logger);
    if (options.seed) await seedDemoContent(dataSource);
    await app.init();

    const server = app.getHttpServer();
    const gql = async (query: string, variables?: object, opts: GqlOptions = {}): Promise<GqlResult> => {
      let req = request(server).post('/graphql').set('Content-Type', 'application/json');
      if (opts.cookie) req = req.set('Cookie', opts.cookie);
      for (const [name, value] of Object.entries(opts.headers ?? {})) req = req.set(name, value);
      const res = await req.send({ query, variables });
      const raw = res.headers['set-cookie'] as string[] | string | undefined;
      return {
        status: res.status,
        body: res.body,
        setCookie: raw === undefined ? [] : ([] as string[]).concat(raw),
      };
    };
    const login = async (email: string, password: string): Promise<string> => {
      const res = await gql(
        'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
        {
          email,
          password,
        },
      );
      if (res.body?.errors?.length || res.setCookie.length === 0) {
        throw new Error(`login(${email}) failed: ${JSON.stringify(res.body?.errors ?? res.body)}`);
      }
      return cookieHeader(res.setCookie);
    };
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      try {
        await app.close();
      } finally {
        await database.drop();
      }
    };
    const logs = () => capturedLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    return { app, dataSource, config, gql, http: () => request(server), login, logs, close };
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
}
