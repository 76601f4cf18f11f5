import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web, generated from the committed API schema file (never from a running
 * server). Run `npm run codegen` after changing an operation or the schema; `nx test web` fails
 * when the committed output is stale. CODEGEN_SCHEMA exists only to try a schema that is not
 * committed yet.
 */
const config: CodegenConfig = {
  schema: process.env.CODEGEN_SCHEMA ?? 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/graphql/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
