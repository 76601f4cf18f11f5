import { DataSource, DataSourceOptions, Migration } from 'typeorm';

/** An arbitrary constant: every Commons process agrees on it, so only one migrates at a time. */
const MIGRATION_LOCK_KEY = 7_461_003_201;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas starting together do not
 * race each other through the same migration.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  return withMigrationConnection(dataSource, (ds) => ds.runMigrations({ transaction: 'each' }));
}

/** Reverts the most recent migration. */
export async function revertLastMigration(dataSource: DataSource): Promise<void> {
  await withMigrationConnection(dataSource, (ds) => ds.undoLastMigration({ transaction: 'each' }));
}

/**
 * Migrations get their own small DataSource on the same database, without the statement timeout
 * meant for requests (an index build may take minutes), and hold the lock on one connection
 * while the migrations run on another.
 */
async function withMigrationConnection<T>(
  dataSource: DataSource,
  work: (ds: DataSource) => Promise<T>,
): Promise<T> {
  const options = dataSource.options as DataSourceOptions & { extra?: Record<string, unknown> };
  const migrator = new DataSource({
    ...options,
    poolSize: 2,
    extra: { ...options.extra, statement_timeout: 0 },
  } as DataSourceOptions);
  await migrator.initialize();
  const lock = migrator.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await work(migrator);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await migrator.destroy();
  }
}
