export default {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/src/test/jsdom-environment.ts',
  // Load the CommonJS builds of react-router, Apollo and i18next rather than their browser ESM ones.
  testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: {
    '^@commons/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    '^@commons/web-graphql$': '<rootDir>/../../libs/web/graphql/src/index.ts',
    '\\.css$': 'identity-obj-proxy',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/codegen.test.ts'],
};
