import { AppConfig, DEV_SESSION_SECRET } from './app-config';
import { ConfigError, loadConfig } from './load-config';

const problemsOf = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

const PROD_SECRET = 'a-production-secret-of-forty-characters!';
const PROD_DB = 'postgres://commons@db:5432/commons';

describe('loadConfig', () => {
  it('gives typed defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toBeInstanceOf(AppConfig);
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./.data');
    expect(config.DB_MIGRATE_ON_START).toBe(true);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.seedDemo).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.secureCookies).toBe(false);
    expect(config.trustProxy).toBe(false);
  });

  it('types numbers and booleans from their string forms and ignores unrelated variables', () => {
    const config = loadConfig({
      PORT: '8080',
      DB_MIGRATE_ON_START: 'false',
      SEED_DEMO: '0',
      DB_POOL_MAX: '25',
      TRUST_PROXY: '1',
      PUBLIC_URL: 'https://intranet.example.se/',
      PATH: '/usr/bin',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DB_MIGRATE_ON_START).toBe(false);
    expect(config.seedDemo).toBe(false);
    expect(config.DB_POOL_MAX).toBe(25);
    expect(config.trustProxy).toBe(1);
    expect(config.publicUrl).toBe('https://intranet.example.se');
    expect(config.secureCookies).toBe(true);
    expect(config).not.toHaveProperty('PATH');
  });

  it.each(['uniquelocal', 'loopback, 10.0.0.0/8', '172.18.0.2', 'true', '2'])(
    'accepts TRUST_PROXY=%s',
    (value) => {
      expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toBe(value);
    },
  );

  it('refuses a TRUST_PROXY that is not an address list', () => {
    expect(problemsOf({ TRUST_PROXY: 'my proxy' })).toContain('TRUST_PROXY must be');
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: ' ' }).PORT).toBe(3000);
  });

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/commons' }).DATABASE_URL).toBe(
      'postgres://u:p@db:5432/commons',
    );
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/commons' }).DATABASE_URL).toBe(
      'postgresql://db/commons',
    );
  });

  it.each([
    ['DATABASE_URL', 'mysql://db/commons', 'Configuration error: DATABASE_URL must be a postgres:// URL'],
    ['DATABASE_URL', 'not a url', 'Configuration error: DATABASE_URL must be a postgres:// URL'],
    ['REDIS_URL', 'http://cache', 'Configuration error: REDIS_URL must be a redis:// or rediss:// URL'],
    ['PORT', 'eighty', 'Configuration error: PORT must be a whole number from 1 to 65535'],
    ['PORT', '70000', 'Configuration error: PORT must be a whole number from 1 to 65535'],
    ['DB_MIGRATE_ON_START', 'maybe', 'Configuration error: DB_MIGRATE_ON_START must be true or false'],
    ['LOG_LEVEL', 'loud', 'Configuration error: LOG_LEVEL must be one of'],
    ['NODE_ENV', 'staging', 'Configuration error: NODE_ENV must be one of'],
    [
      'PUBLIC_URL',
      'intranet.example.se',
      'Configuration error: PUBLIC_URL must be an http:// or https:// URL',
    ],
  ])('refuses a malformed %s (%s) in one line naming it', (name, value, expected) => {
    const message = problemsOf({ [name]: value });
    expect(message.startsWith(expected)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('names every bad variable at once, still on one line', () => {
    const message = problemsOf({ PORT: '0', DATABASE_URL: 'x' });
    expect(message).toContain('PORT must be');
    expect(message).toContain('DATABASE_URL must be');
    expect(message).not.toContain('\n');
  });

  describe('in production', () => {
    it('requires SESSION_SECRET', () => {
      expect(problemsOf({ NODE_ENV: 'production', DATABASE_URL: PROD_DB })).toBe(
        'Configuration error: SESSION_SECRET is required in production',
      );
    });

    it('refuses the development default secret', () => {
      expect(
        problemsOf({ NODE_ENV: 'production', DATABASE_URL: PROD_DB, SESSION_SECRET: DEV_SESSION_SECRET }),
      ).toBe('Configuration error: SESSION_SECRET must not be the development default in production');
    });

    it('refuses a secret shorter than 32 characters', () => {
      expect(
        problemsOf({ NODE_ENV: 'production', DATABASE_URL: PROD_DB, SESSION_SECRET: 'x'.repeat(31) }),
      ).toBe('Configuration error: SESSION_SECRET must be at least 32 characters in production');
    });

    it('refuses SEED_DEMO=true and never seeds by default', () => {
      expect(
        problemsOf({
          NODE_ENV: 'production',
          DATABASE_URL: PROD_DB,
          SESSION_SECRET: PROD_SECRET,
          SEED_DEMO: 'true',
        }),
      ).toContain('SEED_DEMO must not be true in production');
      expect(
        loadConfig({ NODE_ENV: 'production', DATABASE_URL: PROD_DB, SESSION_SECRET: PROD_SECRET }).seedDemo,
      ).toBe(false);
    });

    it('requires DATABASE_URL (no embedded database in production)', () => {
      expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: PROD_SECRET })).toBe(
        'Configuration error: DATABASE_URL is required in production (the embedded PostgreSQL is for trying Commons out)',
      );
    });

    it('starts with a proper secret', () => {
      const config = loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: PROD_DB,
        SESSION_SECRET: PROD_SECRET,
      });
      expect(config.isProduction).toBe(true);
      expect(config.SESSION_SECRET).toBe(PROD_SECRET);
    });
  });
});
