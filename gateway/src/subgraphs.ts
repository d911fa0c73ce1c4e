import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The subgraphs in the order they start; the port is the one-machine default (DX_<NAME>_URL overrides). */
export const SUBGRAPHS = [
  { name: 'directory', port: 4101 },
  { name: 'tasks', port: 4102 },
  { name: 'training', port: 4103 },
  { name: 'donations', port: 4104 },
  { name: 'awards', port: 4105 },
  { name: 'campaigns', port: 4106 },
  { name: 'notifications', port: 4107 },
] as const;

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
