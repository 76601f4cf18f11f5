/* API tests: unit specs (*.spec.ts) and tests against real PostgreSQL (*.e2e-spec.ts).
 * The global setup starts an embedded PostgreSQL when DATABASE_URL is unset; each test app gets
 * its own fresh database on that server (see src/test-support/test-app.ts). */
export default {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  // Transpile only (tsconfig.jest.json sets isolatedModules): types are checked by `nx typecheck api`.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@commons/shared$': '<rootDir>/../../libs/shared/src/index.ts' },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/jest.global-setup.ts',
  globalTeardown: '<rootDir>/jest.global-teardown.ts',
  testTimeout: 60_000,
  // Two cores shared with the rest of the machine: each worker boots Nest and its own database.
  maxWorkers: 2,
};
