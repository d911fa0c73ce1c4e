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
  '^@dx/subgraph-kit/tooling$': '<rootDir>/packages/subgraph-kit/src/tooling/index.ts',
  '^@dx/(subgraph-kit|test-kit|suite-manifest)$': '<rootDir>/packages/$1/src/index.ts',
};

// The frontend packages are source-only (the bundler compiles them); jest maps them the same way.
const webModuleNameMapper = {
  '^@dx/design-system/testing$': '<rootDir>/packages/design-system/src/testing.tsx',
  '^@dx/i18n/locales/(.*)$': '<rootDir>/packages/i18n/src/locales/$1',
  '^@dx/graphql-client/(session|config|renewal)$': '<rootDir>/packages/graphql-client/src/$1.ts',
  '^@dx/(design-system|i18n|graphql-client|e2e-kit|suite-manifest)$': '<rootDir>/packages/$1/src/index.ts',
  '\\.(css|less)$': '<rootDir>/packages/design-system/test/style-stub.js',
};

/** Browser tests against the served suite; run through `npm run test:e2e`, which starts it. */
const e2eProject = {
  displayName: 'e2e',
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: webModuleNameMapper,
  testMatch: ['<rootDir>/apps/*/e2e/**/*.e2e.ts'],
  testTimeout: 120_000,
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
        '<rootDir>/{services,gateway,packages,infra}/**/test/**/*.test.ts',
        '<rootDir>/{services,gateway,packages}/**/src/**/*.spec.ts',
      ],
      testPathIgnorePatterns: [
        '/node_modules/',
        '/dist/',
        '/packages/(design-system|i18n|graphql-client|e2e-kit)/',
      ],
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      rootDir: __dirname,
      transform: { '^.+\\.(t|j)sx?$': swc },
      // antd, its rc-* parts and some of their deps ship ES modules only.
      transformIgnorePatterns: [
        '/node_modules/(?!(antd|@ant-design|@rc-component|rc-[a-z-]+|@babel/runtime|react-router|dayjs|@apollo|rxjs|i18next|react-i18next)/)',
      ],
      moduleNameMapper: webModuleNameMapper,
      setupFilesAfterEnv: ['<rootDir>/packages/design-system/test/setup-web.ts'],
      testMatch: [
        '<rootDir>/apps/*/src/**/*.spec.{ts,tsx}',
        '<rootDir>/packages/{design-system,i18n,graphql-client}/src/**/*.spec.{ts,tsx}',
      ],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    // Browser tests only when the e2e runner has started a suite (an empty testMatch would match everything).
    ...(process.env.DX_E2E_BASE_URL ? [e2eProject] : []),
  ],
  testTimeout: 60_000,
};
