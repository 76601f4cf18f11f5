export default {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/src/test/jsdom-environment.ts',
  // Load the CommonJS builds of react-router, Apollo and i18next rather than their browser ESM ones.
  testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  // Room for a few 5 s waits (see setup-tests.ts) on a loaded machine; files may ask for more.
  testTimeout: 20_000,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: {
    // `@/x` is apps/web/src/x, as in tsconfig.app.json and vite.config.mts.
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@commons/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    '^@commons/web-graphql$': '<rootDir>/../../libs/web/graphql/src/index.ts',
    '\\.css$': 'identity-obj-proxy',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/codegen.test.ts'],
};
