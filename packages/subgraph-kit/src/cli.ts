#!/usr/bin/env node
/**
 * dx-subgraph print-schema <serviceDir> [--check]   writes (or checks) <serviceDir>/schema.graphql
 * dx-subgraph migrations <serviceDir> <Name>        generates SQLite and MariaDB migrations from the entities
 *
 * Both load `<serviceDir>/dist/definition.js` (build first), which exports `definition`.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SubgraphDefinition } from './definition';
import { subgraphSdl } from './graphql/schema';
import { generateMigrations } from './db/migration-generator';

async function main(): Promise<void> {
  const [command, dirArg, name] = process.argv.slice(2);
  const dir = resolve(dirArg ?? '.');
  const { definition } = require(join(dir, 'dist', 'definition.js')) as { definition: SubgraphDefinition };
  if (command === 'print-schema') {
    const sdl = await subgraphSdl(definition);
    const file = join(dir, 'schema.graphql');
    if (process.argv.includes('--check')) {
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (committed !== sdl) {
        console.error(`${file} is stale: run \`npm run schemas\` and commit the result.`);
        process.exit(1);
      }
      console.log(`${definition.name}: schema.graphql is up to date`);
    } else {
      writeFileSync(file, sdl);
      console.log(`${definition.name}: wrote ${file}`);
    }
  } else if (command === 'migrations') {
    if (!name) throw new Error('Give the migration a name, e.g. AddTaskPriority.');
    const written = await generateMigrations({
      service: definition.name,
      database: { entities: definition.entities, migrations: definition.migrations },
      migrationsDir: join(dir, 'src', 'migrations'),
      name,
      mysqlUrl: process.env.DX_MIGRATIONS_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
    });
    console.log(written.length ? written.join('\n') : 'The migrations already match the entities.');
  } else {
    console.error('usage: dx-subgraph print-schema <serviceDir> [--check] | migrations <serviceDir> <Name>');
    process.exit(2);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
