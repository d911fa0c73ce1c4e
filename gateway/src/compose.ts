#!/usr/bin/env node
/**
 * Composes the committed subgraph schemas into gateway/supergraph.graphql.
 * `--check` fails (exit 1) when the committed supergraph differs from what the schemas compose to.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { presentSubgraphs, schemaFile, supergraphFile } from './subgraphs';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

export function composeFromSdl(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })),
  );
  if (result.errors) {
    throw new Error(
      `The subgraph schemas do not compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/** The supergraph of the committed schema.graphql files; URLs are defaults the gateway replaces at run time. */
export function composeSupergraph(): string {
  return composeFromSdl(
    presentSubgraphs().map((s) => ({
      name: s.name,
      url: `http://127.0.0.1:${s.port}/graphql`,
      sdl: readFileSync(schemaFile(s.name), 'utf8'),
    })),
  );
}

if (require.main === module) {
  const supergraph = composeSupergraph();
  if (process.argv.includes('--check')) {
    const committed = existsSync(supergraphFile) ? readFileSync(supergraphFile, 'utf8') : '';
    if (committed !== supergraph) {
      console.error('gateway/supergraph.graphql is stale: run `npm run schemas` and commit the result.');
      process.exit(1);
    }
    console.log('supergraph.graphql is up to date');
  } else {
    writeFileSync(supergraphFile, supergraph);
    console.log(
      `wrote ${supergraphFile} from ${presentSubgraphs()
        .map((s) => s.name)
        .join(', ')}`,
    );
  }
}
