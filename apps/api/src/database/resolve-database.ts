import type { RootLogger } from '../common/logging/root-logger';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  /** 'external' for DATABASE_URL, 'embedded' for the cluster in DATA_DIR. */
  kind: 'external' | 'embedded';
  /** Stops the embedded cluster; nothing to do for an external database. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR/postgres, started now. */
export async function resolveDatabase(
  config: AppConfig,
  logger: RootLogger,
  options: { shareRunning?: boolean } = {},
): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, kind: 'external', stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(
    config.DATA_DIR,
    logger.child({ component: 'database' }),
    options,
  );
  return { url: embedded.url, kind: 'embedded', stop: embedded.stop };
}

/** A URL fit for a log line: no password. */
export function redactDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}
