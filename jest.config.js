/** One jest run for the whole workspace: node tests for services, gateway and packages; jsdom tests for apps. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// Workspace packages are tested from source, so `npm test` needs no build first.
const moduleNameMapper = {
  '^@dx/gateway$': '<rootDir>/gateway/src/index.ts',
  '^@dx/service-(.*)$': '<rootDir>/services/$1/src/index.ts',
  '^@dx/(subgraph-kit|test-kit)$': '<rootDir>/packages/$1/src/index.ts',
};

module.exports = {
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      rootDir: __dirname,
      transform: { '^.+\\.(t|j)sx?$': swc },
      moduleNameMapper,
      setupFiles: ['reflect-metadata'],
      testMatch: [
        '<rootDir>/{services,gateway,packages}/**/test/**/*.test.ts',
        '<rootDir>/{services,gateway,packages}/**/src/**/*.spec.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
  ],
  testTimeout: 60_000,
};
