// One flat ESLint config for the whole workspace. Each project's `lint` target runs
// `eslint <projectRoot>`; this file decides the rules by path.
import { readdirSync } from 'node:fs';
import nx from '@nx/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The web app's layers, one way only: shared (components, utils, config, i18n) -> features -> app.
// A feature never imports another feature; features meet in app/ (routes, slots). Deep relative
// imports are not allowed either, so every import across folders goes through `@/` and the
// patterns below see it (a `../../other-feature/x` could not be told apart otherwise).
const webFeatures = readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const deepRelative = {
  regex: '^(\\.\\./){2,}',
  message: 'Import through the `@/` alias (apps/web/src) rather than `../../`.',
};
const intoApp = {
  regex: '^@/app(/|$)',
  message:
    'Only the app layer (app/, main.tsx, test/) composes pages; import shared code or your own feature.',
};
const webLayerRules = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [deepRelative, ...patterns] }],
});

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/coverage',
      '**/.nx',
      '**/.data',
      '**/tmp',
      '**/test-results',
      '**/playwright-report',
      '**/.results',
      '**/vite.config.*.timestamp*',
      // Generated from the committed schema by graphql-codegen; checked for staleness, not style.
      'libs/web/graphql/src/generated/**',
    ],
  },

  // Module boundaries: the tags in each project.json say who may import whom.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Browser tests drive the running app over HTTP; they may share plain constants only.
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            // docker/ and tools/ (production files, benchmarks, the test runner): they read files and
            // drive the built server, never import project code.
            { sourceTag: 'scope:ops', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },

  // No import cycles inside a project either (module boundaries only see cycles between projects):
  // a cycle means two files that cannot be understood, tested or moved apart.
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.base.json', 'apps/*/tsconfig*.json', 'libs/**/tsconfig*.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },

  // Workspace-wide TypeScript choices.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts'],
    rules: {
      // `_` marks a deliberately unused argument (e.g. Nest/Express signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Code-first GraphQL and class-validator read `design:type` metadata, which TypeScript emits
      // only from a written annotation: `first: number = 20` is not redundant there.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreParameters: true, ignoreProperties: true }],
    },
  },

  // Tests may assert presence with `!` after checking it.
  {
    files: [
      '**/*.spec.ts',
      '**/*.e2e-spec.ts',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/test-support/**',
      'apps/web-e2e/**',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },

  // The API logs through the Nest/pino logger, never the console.
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/**/*.spec.ts', 'apps/api/src/**/*.e2e-spec.ts'],
    rules: { 'no-console': 'error' },
  },

  // Node-side scripts and configs (jest, webpack, playwright, tools).
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs', 'tools/**/*.ts', '**/jest.*.ts', '**/*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs', '**/webpack.config.js', '**/jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // The web app: React, hooks and accessibility (jsx-a11y recommended) on top of the TypeScript rules.
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx', 'libs/web/**/*.ts', 'libs/web/**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: {
      ...react.configs.flat.recommended.languageOptions,
      globals: { ...globals.browser },
    },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Types do this job in a TypeScript code base.
      'react/prop-types': 'off',
      ...webLayerRules(),
    },
  },
  // Shared code knows no feature and no page.
  {
    files: ['apps/web/src/{components,utils,config,i18n}/**/*.{ts,tsx}'],
    rules: webLayerRules({
      regex: '^(@/|(\\.\\./)+)(features|app)(/|$)',
      message:
        'Shared code (components, utils, config, i18n) must not import a feature or app/; pass it in from app/.',
    }),
  },
  // Each feature sees itself and the shared code, never another feature (compose them in app/routes).
  ...webFeatures.flatMap((feature) => {
    const otherFeature = {
      regex: `^@/features/(?!${feature}(/|$))`,
      message: `Feature '${feature}' must not import another feature; compose them in app/routes.`,
    };
    const tests = [
      `apps/web/src/features/${feature}/**/*.test.{ts,tsx}`,
      `apps/web/src/features/${feature}/test/**`,
    ];
    return [
      {
        files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
        ignores: tests,
        rules: webLayerRules(intoApp, otherFeature),
      },
      // Tests may use the app's own harness (its cache, its routes), never another feature.
      { files: tests, rules: webLayerRules(otherFeature) },
      {
        // From a file at the feature's top (features/x/types.ts), `../` is already the features folder.
        files: [`apps/web/src/features/${feature}/*.{ts,tsx}`],
        rules: webLayerRules(intoApp, otherFeature, {
          regex: '^\\.\\./',
          message: 'Reach outside the feature through `@/`, never `../`.',
        }),
      },
    ];
  }),
];
