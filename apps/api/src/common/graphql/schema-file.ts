import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';
import { createApp } from '../bootstrap/create-app';
import { createRootLogger } from '../logging/root-logger';
import { loadConfig } from '../../config/load-config';

/** Where the committed schema lives, relative to the workspace root. */
export const SCHEMA_FILE = join('apps', 'api', 'schema.gql');

const HEADER =
  '# Generated from the resolvers by `npm run schema:generate`. Do not edit: a test fails when it is stale.\n\n';

/**
 * The schema as SDL, built from the real modules and resolvers without a database connection or
 * an HTTP server (the DataSource is created but never initialised).
 */
export async function printAppSchema(): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'error' });
  const app = await createApp({
    config,
    logger: createRootLogger(config),
    databaseUrl: 'postgres://schema-only@127.0.0.1:1/none',
    connectDatabase: false,
  });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
