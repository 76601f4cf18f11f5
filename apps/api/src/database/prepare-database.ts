import { DataSource } from 'typeorm';
import type { RootLogger } from '../common/logging/root-logger';
import type { AppConfig } from '../config/app-config';
import { runMigrations } from './migrate';
import { seedDemoContent } from './seed/demo-seed';

/** The demo accounts of docs/graphql-contract.md; printed only when the demo seed is on. */
export const DEMO_ACCOUNTS = [
  { email: 'anna@demo.commons', role: 'EMPLOYEE' },
  { email: 'bo@demo.commons', role: 'EMPLOYEE' },
  { email: 'erik@demo.commons', role: 'EDITOR' },
  { email: 'ada@demo.commons', role: 'ADMIN' },
];
export const DEMO_PASSWORD = 'commons-demo';

/**
 * What start-up does to the database before serving: pending migrations (unless turned off) and,
 * in demo mode, the demo content when there are no people yet.
 */
export async function prepareDatabase(dataSource: DataSource, config: AppConfig, logger: RootLogger): Promise<void> {
  if (config.DB_MIGRATE_ON_START) {
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, `Applied ${applied.length} migration(s)`);
  }
  if (!config.seedDemo) return;
  const [{ count }] = await dataSource.query<{ count: string }[]>('SELECT count(*) AS count FROM person');
  if (Number(count) === 0) {
    const { created } = await seedDemoContent(dataSource);
    if (created) logger.info('Created the demo organisation and people');
  }
  logger.info(
    { demoAccounts: DEMO_ACCOUNTS, demoPassword: DEMO_PASSWORD },
    `Demo mode: sign in as ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(', ')} with the password "${DEMO_PASSWORD}"`,
  );
}
