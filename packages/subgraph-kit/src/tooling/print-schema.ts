import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SubgraphDefinition } from '../definition';
import { subgraphSdl } from '../graphql/schema';

/**
 * Writes the service's `schema.graphql` from its definition, or with `check` only compares:
 * returns false when the committed file is stale.
 */
export async function printSchema(
  serviceDir: string,
  definition: SubgraphDefinition,
  { check = false }: { check?: boolean } = {},
): Promise<boolean> {
  const sdl = await subgraphSdl(definition);
  const file = join(serviceDir, 'schema.graphql');
  if (!check) {
    writeFileSync(file, sdl);
    console.log(`${definition.name}: wrote ${file}`);
    return true;
  }
  if ((existsSync(file) ? readFileSync(file, 'utf8') : '') !== sdl) {
    console.error(`${file} is stale: run \`npm run schemas\` and commit the result.`);
    return false;
  }
  console.log(`${definition.name}: schema.graphql is up to date`);
  return true;
}
