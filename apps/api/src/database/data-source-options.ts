import { DataSource, DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { entities } from './entities';
import { migrations } from './migrations';

type PoolSettings = Pick<
  AppConfig,
  'DB_POOL_MAX' | 'DB_CONNECT_TIMEOUT_MS' | 'DB_STATEMENT_TIMEOUT_MS' | 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'
>;

/** Anything with warn/error: Nest's Logger or the root pino logger. */
export interface PoolErrorLogger {
  error(obj: unknown, msg?: string): void;
}

/**
 * TypeORM options for the API's database. Never `synchronize`: the schema changes only through
 * the committed migrations. The timeouts make a stuck or restarted database give errors, not hangs.
 */
export function dataSourceOptions(
  config: PoolSettings,
  url: string,
  logger?: PoolErrorLogger,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false, // the migrations create what they need
    applicationName: 'commons-api',
    poolSize: config.DB_POOL_MAX,
    connectTimeoutMS: config.DB_CONNECT_TIMEOUT_MS,
    extra: {
      // Passed to every pg client as session settings.
      statement_timeout: config.DB_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      // Prepared statements (database/prepared-statement.ts) keep one generic plan per connection
      // (statements sent unnamed, as TypeORM sends them, are planned per run whatever this says).
      // Short queries, many at once: no JIT (it compiles for queries the planner guesses to be big,
      // at tens of milliseconds a time) and no parallel workers (a generic feed plan started two
      // per page for ten pinned rows: 160 pages/s instead of 350). Random reads priced for SSD
      // storage (the default, 4, is for spinning disks): at 4 the feed read every comment of an
      // item with thousands, where an index walk stops after the two it shows (8–10 ms of
      // PostgreSQL per page instead of 2).
      options:
        '-c plan_cache_mode=force_generic_plan -c jit=off -c max_parallel_workers_per_gather=0 -c random_page_cost=1.1',
      // Idle clients are dropped after a while, so a restarted server is reconnected to cleanly.
      idleTimeoutMillis: 30_000,
    },
    // An idle client losing its connection (database restart, network) emits 'error' on the pool;
    // unhandled, that would crash the process. Log it; the pool replaces the client.
    poolErrorHandler: (error: Error & { code?: string }) => {
      // Only message and code: pg attaches the whole client (connection parameters and all).
      logger?.error(
        { err: { message: error.message, code: error.code } },
        'Database connection error (the pool will reconnect)',
      );
    },
  };
}

export function createDataSource(config: PoolSettings, url: string, logger?: PoolErrorLogger): DataSource {
  return new DataSource(dataSourceOptions(config, url, logger));
}
