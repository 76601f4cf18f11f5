import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
} from 'class-validator';
import { Setting } from './setting.decorator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const MEDIA_STORAGES = ['disk', 's3'] as const;
export type MediaStorageKind = (typeof MEDIA_STORAGES)[number];

/** Used outside production only; production refuses to start with it. */
export const DEV_SESSION_SECRET = 'commons-development-secret-do-not-use-in-production';

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);
/** Environment values are strings: turn the usual spellings into booleans, leave the rest to fail. */
const toBoolean = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const v = value.trim().toLowerCase();
    return TRUE.has(v) ? true : FALSE.has(v) ? false : value;
  });

const isUrlWithScheme = (value: unknown, schemes: string[]): boolean => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
};

const int = (name: string, min: number, max: number) => {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return [Type(() => Number), IsInt({ message }), Min(min, { message }), Max(max, { message })];
};
const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));
const Int = (name: string, min: number, max: number) => apply(...int(name, min, max));
const Bool = (name: string) => apply(toBoolean(), IsBoolean({ message: `${name} must be true or false` }));

/**
 * Every setting of the API, read from the environment once at start-up. Property names are the
 * environment variables' names. Values here are already validated and typed: inject `AppConfig`.
 */
export class AppConfig {
  @Setting(
    '`development`, `test` or `production`. Production turns on the strict checks below.',
    'development',
  )
  @IsIn(NODE_ENVS, { message: `NODE_ENV must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV: NodeEnv = 'development';

  @Setting('HTTP port of the API (and of the web app it serves in production).', '3000')
  @Int('PORT', 1, 65535)
  PORT = 3000;

  @Setting('Address to listen on.', '0.0.0.0')
  @IsString()
  @MinLength(1, { message: 'HOST must not be empty' })
  HOST = '0.0.0.0';

  @Setting(
    'The address people use to reach Commons. Session cookies are `Secure` when it is https.',
    'http://localhost:PORT',
  )
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+/, { message: 'PUBLIC_URL must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  @Setting(
    'PostgreSQL to use, e.g. `postgres://user:pass@host:5432/commons`. Unset: an embedded PostgreSQL is started in DATA_DIR/postgres (outside production only; production requires it).',
  )
  @IsOptional()
  @ValidatePostgresUrl()
  DATABASE_URL?: string;

  @Setting('Redis, e.g. `redis://localhost:6379`. Reserved for real-time features; not used yet.')
  @IsOptional()
  @ValidateRedisUrl()
  REDIS_URL?: string;

  @Setting(
    'Secret for signing cookies. Production requires at least 32 characters and refuses the development default.',
    'a development value outside production',
  )
  @IsString()
  @MinLength(16, { message: 'SESSION_SECRET must be at least 16 characters' })
  SESSION_SECRET: string = DEV_SESSION_SECRET;

  @Setting('Folder for local data: the embedded PostgreSQL cluster lives in DATA_DIR/postgres.', './.data')
  @IsString()
  @MinLength(1, { message: 'DATA_DIR must not be empty' })
  DATA_DIR = './.data';

  @Setting(`Log level: ${LOG_LEVELS.join(', ')}. Logs are JSON lines on standard output.`, 'info')
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  @Setting(
    'Run pending database migrations at start-up. Turn off to run them with `npm run db:migrate`.',
    'true',
  )
  @Bool('DB_MIGRATE_ON_START')
  DB_MIGRATE_ON_START = true;

  @Setting('Most database connections one API process opens.', '10')
  @Int('DB_POOL_MAX', 1, 1000)
  DB_POOL_MAX = 10;

  @Setting('How long to wait for a database connection before failing, in milliseconds.', '5000')
  @Int('DB_CONNECT_TIMEOUT_MS', 100, 600_000)
  DB_CONNECT_TIMEOUT_MS = 5000;

  @Setting('PostgreSQL statement_timeout for every connection, in milliseconds (0 = none).', '15000')
  @Int('DB_STATEMENT_TIMEOUT_MS', 0, 3_600_000)
  DB_STATEMENT_TIMEOUT_MS = 15_000;

  @Setting(
    'PostgreSQL idle_in_transaction_session_timeout, in milliseconds: ends a transaction left open (0 = none).',
    '30000',
  )
  @Int('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 0, 3_600_000)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

  @Setting(
    'Create the demo organisation and accounts on start when the database has no people. Never allowed in production.',
    'true outside production',
  )
  @IsOptional()
  @Bool('SEED_DEMO')
  SEED_DEMO?: boolean;

  @Setting('A session not used for this many minutes ends.', '480')
  @Int('SESSION_IDLE_TIMEOUT_MINUTES', 1, 525_600)
  SESSION_IDLE_TIMEOUT_MINUTES = 480;

  @Setting('A session ends this many hours after sign-in, used or not.', '168')
  @Int('SESSION_ABSOLUTE_TIMEOUT_HOURS', 1, 8760)
  SESSION_ABSOLUTE_TIMEOUT_HOURS = 168;

  @Setting(
    "Express 'trust proxy': `false`, `true`, a hop count, or addresses/subnets (comma-separated) of your reverse proxies. Decides the client address used for sign-in throttling.",
    'false',
  )
  @IsString()
  @Matches(
    /^(true|false|\d+|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*)$/,
    {
      message: 'TRUST_PROXY must be true, false, a hop count or a list of addresses',
    },
  )
  TRUST_PROXY = 'false';

  @Setting(
    'Folder of the built web app, served by the API on the same port when it contains index.html.',
    'dist/apps/web',
  )
  @IsString()
  WEB_DIST_DIR = 'dist/apps/web';

  @Setting(
    'On SIGTERM/SIGINT, in-flight requests get up to 10 s to finish; after this many seconds the process exits regardless.',
    '20',
  )
  @Int('SHUTDOWN_GRACE_SECONDS', 1, 600)
  SHUTDOWN_GRACE_SECONDS = 20;

  @Setting('GraphQL: deepest allowed selection nesting.', '12')
  @Int('GRAPHQL_MAX_DEPTH', 1, 100)
  GRAPHQL_MAX_DEPTH = 12;

  @Setting('GraphQL: most aliases in one operation.', '20')
  @Int('GRAPHQL_MAX_ALIASES', 0, 1000)
  GRAPHQL_MAX_ALIASES = 20;

  @Setting('GraphQL: highest computed cost of one operation.', '5000')
  @Int('GRAPHQL_MAX_COST', 1, 1_000_000)
  GRAPHQL_MAX_COST = 5000;

  @Setting('GraphQL: most tokens in one operation document.', '2000')
  @Int('GRAPHQL_MAX_TOKENS', 10, 100_000)
  GRAPHQL_MAX_TOKENS = 2000;

  @Setting('GraphQL: most directives in one operation.', '20')
  @Int('GRAPHQL_MAX_DIRECTIVES', 0, 1000)
  GRAPHQL_MAX_DIRECTIVES = 20;

  @Setting('Largest accepted request body (JSON), e.g. `100kb`, `1mb`.', '1mb')
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 100kb or 1mb' })
  BODY_LIMIT = '1mb';

  @Setting(
    'How often each API process publishes scheduled articles that are due and archives expired ones, in milliseconds (0 = never; keep it on in at least one replica).',
    '5000',
  )
  @Int('ARTICLE_SCHEDULER_INTERVAL_MS', 0, 3_600_000)
  ARTICLE_SCHEDULER_INTERVAL_MS = 5000;

  @Setting(
    'How often each API process deletes ended sessions (expired or idle) and sign-in failures older than the throttling window, in milliseconds (0 = never).',
    '900000',
  )
  @Int('SESSION_CLEANUP_INTERVAL_MS', 0, 86_400_000)
  SESSION_CLEANUP_INTERVAL_MS = 900_000;

  @Setting(
    'Where uploaded media are stored: `disk` (DATA_DIR/media) or `s3` (an S3-compatible bucket, see S3_*).',
    'disk',
  )
  @IsIn(MEDIA_STORAGES, { message: `MEDIA_STORAGE must be one of ${MEDIA_STORAGES.join(', ')}` })
  MEDIA_STORAGE: MediaStorageKind = 'disk';

  @Setting('S3-compatible endpoint, e.g. `https://minio.internal:9000`. Unset: AWS S3 of S3_REGION.')
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+/, { message: 'S3_ENDPOINT must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  @Setting(
    'Bucket for media when MEDIA_STORAGE=s3 (required then). It stays private: media are served through the API.',
  )
  @ValidateIf((c: AppConfig) => c.MEDIA_STORAGE === 's3' || c.S3_BUCKET !== undefined)
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET is required when MEDIA_STORAGE=s3 and must be a valid bucket name',
  })
  S3_BUCKET?: string;

  @Setting('S3 region.', 'us-east-1')
  @IsString()
  @MinLength(1, { message: 'S3_REGION must not be empty' })
  S3_REGION = 'us-east-1';

  @Setting("S3 access key id. Unset (with S3_SECRET_ACCESS_KEY): the AWS SDK's default credential chain.")
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @Setting('S3 secret access key; set together with S3_ACCESS_KEY_ID.')
  @ValidateIf((c: AppConfig) => c.S3_ACCESS_KEY_ID !== undefined || c.S3_SECRET_ACCESS_KEY !== undefined)
  @IsString({ message: 'S3_SECRET_ACCESS_KEY must be set together with S3_ACCESS_KEY_ID' })
  @MinLength(1, { message: 'S3_SECRET_ACCESS_KEY must be set together with S3_ACCESS_KEY_ID' })
  S3_SECRET_ACCESS_KEY?: string;

  @Setting(
    'Address the bucket as ENDPOINT/BUCKET instead of BUCKET.ENDPOINT (most non-AWS services need true).',
    'false',
  )
  @Bool('S3_FORCE_PATH_STYLE')
  S3_FORCE_PATH_STYLE = false;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** The public base URL, without a trailing slash. */
  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  /** Cookies get `Secure` when people reach Commons over https. */
  get secureCookies(): boolean {
    return this.publicUrl.startsWith('https://');
  }

  /** Seeding defaults to on outside production; production never seeds. */
  get seedDemo(): boolean {
    return !this.isProduction && (this.SEED_DEMO ?? true);
  }

  /** Express's `trust proxy` value. */
  get trustProxy(): boolean | number | string {
    const v = this.TRUST_PROXY.trim();
    if (v === 'true') return true;
    if (v === 'false') return false;
    if (/^\d+$/.test(v)) return Number(v);
    return v;
  }
}

function ValidatePostgresUrl(): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'isPostgresUrl',
      target: target.constructor,
      propertyName: String(key),
      options: { message: 'DATABASE_URL must be a postgres:// URL' },
      validator: {
        validate: (value: unknown) =>
          value === undefined || isUrlWithScheme(value, ['postgres:', 'postgresql:']),
      },
    });
}

function ValidateRedisUrl(): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'isRedisUrl',
      target: target.constructor,
      propertyName: String(key),
      options: { message: 'REDIS_URL must be a redis:// or rediss:// URL' },
      validator: {
        validate: (value: unknown) => value === undefined || isUrlWithScheme(value, ['redis:', 'rediss:']),
      },
    });
}
