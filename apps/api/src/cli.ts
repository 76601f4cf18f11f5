import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './common/bootstrap/create-app';
import { installGracefulShutdown } from './common/bootstrap/graceful-shutdown';
import { printAppSchema, SCHEMA_FILE } from './common/graphql/schema-file';
import { createRootLogger, RootLogger } from './common/logging/root-logger';
import { AppConfig } from './config/app-config';
import { CONFIGURATION_DOC_FILE, configurationMarkdown } from './config/configuration-doc';
import { ConfigError, loadConfig } from './config/load-config';
import { createDataSource } from './database/data-source-options';
import { revertLastMigration, runMigrations } from './database/migrate';
import { prepareDatabase } from './database/prepare-database';
import { redactDatabaseUrl, resolveDatabase } from './database/resolve-database';
import { seedDemoContent } from './database/seed/demo-seed';
import { createMediaStorage } from './modules/media/storage/media-storage.provider';

/**
 * `node dist/apps/api/main.js [command]`: one bundle, several commands.
 *   serve (default)  start the API (and the built web app)
 *   migrate          apply pending migrations      (npm run db:migrate)
 *   revert           revert the latest migration   (npm run db:revert)
 *   seed             create the demo content       (npm run db:seed)
 *   schema           write apps/api/schema.gql and docs/configuration.md   (npm run schema:generate)
 */
export const COMMANDS = ['serve', 'migrate', 'revert', 'seed', 'schema'] as const;
type Command = (typeof COMMANDS)[number];

export async function runCli(argv: string[]): Promise<void> {
  const command = (argv[0] ?? 'serve') as Command;
  if (!COMMANDS.includes(command)) {
    process.stderr.write(`Unknown command "${command}". Commands: ${COMMANDS.join(', ')}\n`);
    process.exit(2);
  }
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      // One line, naming the variable: this is what an operator reads first.
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createRootLogger(config);
  try {
    if (command === 'serve') await serve(config, logger);
    else if (command === 'schema') await writeSchema(logger);
    else await runDatabaseCommand(command, config, logger);
  } catch (error) {
    logger.fatal(
      { err: error },
      `Could not ${command}: ${error instanceof Error ? error.message : String(error)}`,
    );
    logger.flush();
    process.exit(1);
  }
}

async function serve(config: AppConfig, logger: RootLogger): Promise<void> {
  const started = Date.now();
  const database = await resolveDatabase(config, logger);
  try {
    logger.info({ database: redactDatabaseUrl(database.url), kind: database.kind }, 'Database');
    const app = await createApp({ config, logger, databaseUrl: database.url });
    installGracefulShutdown(app, database.stop, logger, config.SHUTDOWN_GRACE_SECONDS);
    await prepareDatabase(app.get(DataSource), config, logger);
    await app.listen(config.PORT, config.HOST);
    logger.info(
      { port: config.PORT, host: config.HOST, ms: Date.now() - started, env: config.NODE_ENV },
      `Commons is ready at ${config.publicUrl}`,
    );
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}

async function writeSchema(logger: RootLogger): Promise<void> {
  const file = resolve(process.cwd(), SCHEMA_FILE);
  await writeFile(file, await printAppSchema());
  logger.info({ file }, 'Wrote the GraphQL schema');
  const doc = resolve(process.cwd(), CONFIGURATION_DOC_FILE);
  await writeFile(doc, configurationMarkdown());
  logger.info({ file: doc }, 'Wrote the configuration table');
  logger.flush();
  process.exit(0);
}

async function runDatabaseCommand(
  command: 'migrate' | 'revert' | 'seed',
  config: AppConfig,
  logger: RootLogger,
) {
  if (command === 'seed' && config.isProduction) {
    throw new Error('the demo seed never runs in production (its accounts have a public password)');
  }
  // A running server's embedded cluster is shared rather than started twice.
  const database = await resolveDatabase(config, logger, { shareRunning: true });
  const dataSource = createDataSource(config, database.url, logger);
  try {
    await dataSource.initialize();
    if (command === 'migrate') {
      const applied = await runMigrations(dataSource);
      logger.info({ migrations: applied.map((m) => m.name) }, `Applied ${applied.length} migration(s)`);
    } else if (command === 'revert') {
      await revertLastMigration(dataSource);
      logger.info('Reverted the latest migration');
    } else {
      await runMigrations(dataSource);
      const media = createMediaStorage(config);
      const { created } = await seedDemoContent(dataSource, { media }).finally(() => media.destroy?.());
      logger.info({ created }, created ? 'Created the demo content' : 'Demo content already present');
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
  logger.flush();
  process.exit(0);
}
