#!/usr/bin/env node
/**
 * `@dx/subgraph-kit/tooling`: what is run on a service at build time, never in it.
 *
 *   dx-subgraph print-schema <serviceDir> [--check]   writes (or checks) <serviceDir>/schema.graphql
 *   dx-subgraph migrations <serviceDir> <Name>        generates SQLite and MariaDB migrations from the entities
 *
 * (`dx-subgraph` is this file: `node node_modules/@dx/subgraph-kit/dist/tooling`, or
 * `npm run migrations -- services/<name> <Name>` at the root.) Both load
 * `<serviceDir>/dist/definition.js` (build first), which exports `definition`.
 */
import 'reflect-metadata';
import { join, resolve } from 'node:path';
import type { SubgraphDefinition } from '../definition';
import { generateMigrations } from './migrations';
import { printSchema } from './print-schema';

export { generateMigrations, writeMigrationIndex, type GenerateOptions } from './migrations';
export { printSchema } from './print-schema';

/** Runs one tool; resolves to the process exit code. */
export async function runTool(argv: string[]): Promise<number> {
  const [command, dirArg, name] = argv;
  const usage = 'usage: dx-subgraph print-schema <serviceDir> [--check] | migrations <serviceDir> <Name>';
  if (command !== 'print-schema' && command !== 'migrations') {
    console.error(usage);
    return 2;
  }
  const dir = resolve(dirArg ?? '.');
  const { definition } = require(join(dir, 'dist', 'definition.js')) as { definition: SubgraphDefinition };
  if (command === 'print-schema')
    return (await printSchema(dir, definition, { check: argv.includes('--check') })) ? 0 : 1;
  if (!name) throw new Error('Give the migration a name, e.g. AddTaskPriority.');
  const written = await generateMigrations({
    service: definition.name,
    database: { entities: definition.entities, migrations: definition.migrations },
    migrationsDir: join(dir, 'src', 'migrations'),
    name,
    mysqlUrl: process.env.DX_MIGRATIONS_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
  });
  console.log(written.length ? written.join('\n') : 'The migrations already match the entities.');
  return 0;
}

if (require.main === module) {
  runTool(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
