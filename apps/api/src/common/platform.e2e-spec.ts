import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../test-support/test-app';
import { withAdmin } from '../test-support/test-database';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'a-production-secret-of-forty-characters!' };
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';

describe('HTTP and GraphQL platform (development mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        LOG_LEVEL: 'info',
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_ALIASES: '5',
        DB_STATEMENT_TIMEOUT_MS: '3000',
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '4000',
      },
    });
  });
  afterAll(() => t?.close());

  it('opens database sessions with the configured timeouts and an application name', async () => {
    const [row] = await t.dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle,
              current_setting('application_name') AS app`,
    );
    expect(row).toEqual({ statement: '3s', idle: '4s', app: 'commons-api' });
  });

  it('a statement running past DB_STATEMENT_TIMEOUT_MS is cancelled instead of hanging', async () => {
    await expect(t.dataSource.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
  });

  it('echoes a well-formed incoming X-Request-Id and puts it on errors', async () => {
    const res = await t.gql('{ me { id } }', undefined, { headers: { 'X-Request-Id': 'proxy-id-12345678' } });
    expect(res.body.errors[0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
      requestId: 'proxy-id-12345678',
    });
    expect(res.status).toBe(200);
  });

  it('never logs cookies or passwords', async () => {
    await t.gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      { e: 'x@demo.commons', p: 'secret-password-42' },
      {
        cookie: 'commons_session=secret-cookie-value',
        headers: { Authorization: 'Bearer secret-token-value' },
      },
    );
    const all = JSON.stringify(t.logs());
    expect(all).toContain('"url":"/graphql"');
    for (const secret of ['secret-password-42', 'secret-cookie-value', 'secret-token-value'])
      expect(all).not.toContain(secret);
  });

  it('replaces a malformed X-Request-Id with its own', async () => {
    const res = await t.http().get('/healthz').set('X-Request-Id', 'bad id\twith spaces');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers with a CSP fit for the SPA', async () => {
    const res = await t.http().get('/healthz');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['strict-transport-security']).toBeUndefined(); // plain http: no HSTS
  });

  it('refuses a query deeper than GRAPHQL_MAX_DEPTH before running it', async () => {
    const res = await t.gql('{ people { edges { node { orgUnit { name } } } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).toMatch(/depth/i);
    expect(res.body.data).toBeUndefined();
  });

  it('refuses more aliases than GRAPHQL_MAX_ALIASES', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/alias/i);
  });

  it('accepts aliases up to the limit', async () => {
    const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    // Past validation: refused for want of a session, not by the limit.
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an oversized operation (token limit)', async () => {
    // 2500 tokens against the default limit of 2000.
    const res = await t.gql(`{ ${Array.from({ length: 2500 }, () => '__typename').join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors[0].message).toMatch(/2000 tokens/);
  });

  it('refuses batched requests', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send([{ query: '{ __typename }' }]);
    expect(res.status).toBe(400);
  });

  it('CSRF prevention refuses a POST with a simple content type and runs nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM login_failure');
    const res = await t
      .http()
      .post('/graphql')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ query: LOGIN, variables: { e: 'nobody@example.se', p: 'wrong-password-1' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/CSRF/);
    // Refused before the request has a context: the id travels in the header only.
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM login_failure');
    expect(after[0].n).toBe(before[0].n);
  });

  it('CSRF prevention refuses a GET query without a preflight header', async () => {
    const res = await t.http().get('/graphql').query({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    const ok = await t
      .http()
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('apollo-require-preflight', 'true');
    expect(ok.status).toBe(200);
  });

  it('allows introspection outside production', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });

  it('/readyz says 503 while the database refuses connections, and 200 again once it is back', async () => {
    expect((await t.http().get('/readyz')).status).toBe(200);
    const [{ db }] = await t.dataSource.query('SELECT current_database() AS db');
    await withAdmin(async (c) => {
      await c.query(`ALTER DATABASE ${c.escapeIdentifier(db)} ALLOW_CONNECTIONS false`);
      // Kill the pool's idle connections too: the pool error handler must log, not crash.
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [db]);
    });
    try {
      const down = await t.http().get('/readyz');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'unavailable', database: 'error' });
      expect((await t.http().get('/healthz')).status).toBe(200);
      // The killed idle connections were logged by the pool error handler; the process lives on.
      expect(t.logs().some((l) => l.msg === 'Database connection error (the pool will reconnect)')).toBe(
        true,
      );
    } finally {
      await withAdmin((c) => c.query(`ALTER DATABASE ${c.escapeIdentifier(db)} ALLOW_CONNECTIONS true`));
    }
    const up = await t.http().get('/readyz');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('HTTP and GraphQL platform (production mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: PRODUCTION });
  });
  afterAll(() => t?.close());

  it('refuses introspection', async () => {
    const res = await t.gql('{ __schema { types { name } } }');
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).not.toContain('PersonConnection');
  });

  it('shows no landing page', async () => {
    const res = await t.http().get('/graphql').set('Accept', 'text/html');
    expect(res.text).not.toMatch(/<html/i);
  });

  it('does not suggest field names', async () => {
    const res = await t.gql('{ peopl { id } }');
    expect(res.body.errors[0].message).not.toMatch(/did you mean/i);
  });

  it('turns an unexpected error into INTERNAL_SERVER_ERROR with a request id and no stack or SQL', async () => {
    // Break the database under the app: the sign-in query now fails inside PostgreSQL.
    await t.dataSource.query('ALTER TABLE person RENAME TO person_gone');
    try {
      const res = await t.gql(
        LOGIN,
        { e: 'ada@demo.commons', p: 'commons-demo-password' },
        { headers: { 'X-Request-Id': 'trace-internal-0001' } },
      );
      const [error] = res.body.errors;
      expect(error.message).toBe('Internal server error');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'trace-internal-0001' });
      const text = JSON.stringify(res.body);
      for (const leak of [
        'person',
        'relation',
        'SELECT',
        'stack',
        'at ',
        'QueryFailedError',
        '.ts:',
        '.js:',
      ]) {
        expect(text).not.toContain(leak);
      }
      // …while the log has the whole story under the same request id.
      const logged = t.logs().find((l) => l.requestId === 'trace-internal-0001' && l.level === 'error');
      expect(logged?.msg).toBe('Unexpected error in a GraphQL request');
      expect(JSON.stringify(logged?.err)).toContain('relation');
      expect((logged?.err as { parameters?: unknown }).parameters).toBe('[redacted]'); // query values stay out of logs
    } finally {
      await t.dataSource.query('ALTER TABLE person_gone RENAME TO person');
    }
  });

  it('keeps client errors readable: code and request id, no stack', async () => {
    const res = await t.gql('{ me { id } }');
    expect(res.body.errors[0].message).toBe('You need to sign in.');
    expect(Object.keys(res.body.errors[0].extensions).sort()).toEqual(['code', 'requestId']);
  });
});

describe('serving the built web app', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'commons-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><html lang="en"><title>Commons</title><div id="root"></div></html>',
    );
    writeFileSync(join(webDir, 'assets', 'index-3f2a91.js'), 'console.log("app")');
    t = await createTestApp({ env: { ...PRODUCTION, WEB_DIST_DIR: webDir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves index.html for the root and for client-side routes, never cached', async () => {
    for (const path of ['/', '/people/2f1c', '/profile']) {
      const res = await t.http().get(path).set('Accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const res = await t.http().get('/assets/index-3f2a91.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset with 404, not the app', async () => {
    const res = await t.http().get('/assets/missing-000000.js');
    expect(res.status).toBe(404);
  });

  it('leaves the API routes to the API', async () => {
    expect((await t.http().get('/healthz').set('Accept', 'text/html')).body).toEqual({ status: 'ok' });
    expect((await t.gql('{ __typename }')).body.data.__typename).toBe('Query');
  });
});
