/**
 * `npm run codegen`: typed operations for every app (and the GraphQL client and design-system packages) from the
 * supergraph. An app takes part once it has `src/graphql/*.graphql`; the output is committed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const roots = [
  'packages/graphql-client',
  'packages/design-system',
  ...readdirSync('apps').map((name) => join('apps', name)),
].filter(
  (root) =>
    existsSync(join(root, 'src/graphql')) &&
    readdirSync(join(root, 'src/graphql')).some((f) => f.endsWith('.graphql')),
);

const config: CodegenConfig = {
  schema: 'gateway/supergraph.graphql',
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    roots.map((root) => [
      `${root}/src/graphql/generated/`,
      {
        documents: [`${root}/src/graphql/*.graphql`],
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        // Only the types the operations use: the full schema in every app would be the same 1,700 lines seven times.
        // Date (YYYY-MM-DD) and DateTime (ISO instant) travel as strings.
        config: {
          onlyOperationTypes: true,
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          scalars: { Date: 'string', DateTime: 'string' },
        },
      },
    ]),
  ),
};

export default config;
