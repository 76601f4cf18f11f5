import type { INestApplication } from '@nestjs/common';
import type { RootLogger } from '../logging/root-logger';

/**
 * On SIGTERM/SIGINT: stop accepting connections and let in-flight requests finish (Apollo's drain
 * plugin and Nest's close do this), close the database pool, stop the embedded database, exit 0.
 * Apollo's drain gives in-flight requests 10 s. A second signal, or SHUTDOWN_GRACE_SECONDS running
 * out, exits at once with 1.
 */
export function installGracefulShutdown(
  app: INestApplication,
  stopDatabase: () => Promise<void>,
  logger: RootLogger,
  graceSeconds: number,
): void {
  let shuttingDown = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn({ signal }, 'Second signal: exiting now');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal }, 'Shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('Shutdown took too long: exiting');
      void stopDatabase().finally(() => process.exit(1));
    }, graceSeconds * 1000);
    force.unref();
    void (async () => {
      try {
        await app.close();
      } catch (error) {
        logger.error({ err: error }, 'Error while closing the application');
      }
      try {
        await stopDatabase();
      } catch (error) {
        logger.error({ err: error }, 'Error while stopping the embedded database');
      }
      logger.info('Stopped');
      logger.flush();
      process.exit(0);
    })();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
