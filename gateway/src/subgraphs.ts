import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVICES } from '@dx/suite-manifest';

/** The subgraphs in the order they start; the port is the one-machine default (DX_<NAME>_URL overrides). */
export const SUBGRAPHS = SERVICES.map(({ name, port }) => ({ name, port }));

export const repoRoot = resolve(__dirname, '..', '..');
export const supergraphFile = join(repoRoot, 'gateway', 'supergraph.graphql');

export function schemaFile(name: string): string {
  return join(repoRoot, 'services', name, 'schema.graphql');
}

/** Subgraphs whose service exists in this checkout (a service joins the supergraph once it commits its schema). */
export function presentSubgraphs() {
  return SUBGRAPHS.filter((s) => existsSync(schemaFile(s.name)));
}

export function defaultUrl(name: string): string {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  return process.env[`DX_${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${entry?.port ?? 0}/graphql`;
}
