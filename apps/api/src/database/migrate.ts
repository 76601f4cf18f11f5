import { DataSource, Migration } from 'typeorm';

/** An arbitrary constant: every Commons process agrees on it, so only one migrates at a time. */
const MIGRATION_LOCK_KEY = 7_461_003_201;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas starting together do not
 * race each other through the same migration.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  return withMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
}

/** Reverts the most recent migration. */
export async function revertLastMigration(dataSource: DataSource): Promise<void> {
  await withMigrationLock(dataSource, () => dataSource.undoLastMigration({ transaction: 'each' }));
}

async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Migrations may run longer than the statement timeout meant for requests.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
