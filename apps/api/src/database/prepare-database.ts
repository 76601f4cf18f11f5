import { DataSource } from 'typeorm';
import type { RootLogger } from '../common/logging/root-logger';
import type { AppConfig } from '../config/app-config';
import { createMediaStorage } from '../modules/media/storage/media-storage.provider';
import { runMigrations } from './migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoContent } from './seed/demo-seed';

/** How the demo accounts are listed at start-up (demo mode only). */
const DEMO_ACCOUNT_LIST = [
  { email: DEMO_ACCOUNTS.employee, role: 'EMPLOYEE' },
  { email: DEMO_ACCOUNTS.itEmployee, role: 'EMPLOYEE' },
  { email: DEMO_ACCOUNTS.editor, role: 'EDITOR' },
  { email: DEMO_ACCOUNTS.admin, role: 'ADMIN' },
];

/**
 * What start-up does to the database before serving: pending migrations (unless turned off) and,
 * in demo mode, the demo content when there are no people yet.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  config: AppConfig,
  logger: RootLogger,
): Promise<void> {
  if (config.DB_MIGRATE_ON_START) {
    const applied = await runMigrations(dataSource);
    if (applied.length > 0)
      logger.info({ migrations: applied.map((m) => m.name) }, `Applied ${applied.length} migration(s)`);
  }
  if (!config.seedDemo) return;
  const [{ count }] = await dataSource.query<{ count: string }[]>('SELECT count(*) AS count FROM person');
  if (Number(count) === 0) {
    // The app's media storage, so the demo's pictures and video are served like any upload.
    const media = createMediaStorage(config);
    const { created } = await seedDemoContent(dataSource, { media }).finally(() => media.destroy?.());
    if (created) logger.info('Created the demo organisation and people');
  }
  logger.info(
    { demoAccounts: DEMO_ACCOUNT_LIST, demoPassword: DEMO_PASSWORD },
    `Demo mode: sign in as ${DEMO_ACCOUNT_LIST.map((a) => `${a.email} (${a.role})`).join(', ')} with the password "${DEMO_PASSWORD}"`,
  );
}
