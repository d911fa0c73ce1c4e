import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Identity } from './auth/identity';
import { requireIdentity } from './auth/scope';

/** What every resolver receives. Built once per HTTP request. */
export interface RequestContext {
  identity?: Identity;
  /** Set when a token came but failed verification; the request is then refused. */
  tokenError?: Error;
  /** The caller's raw token, forwarded when this service asks the gateway about another subgraph's data. */
  token?: string;
  requestId: string;
  /** The caller's address as the gateway saw it (X-Forwarded-For), for per-address limits. */
  clientAddress?: string;
  log: Logger;
  dataSource: DataSource;
  gatewayUrl: string;
  loaders: Map<string, DataLoader<string, unknown>>;
}

export function identityOf(ctx: RequestContext): Identity {
  return requireIdentity(ctx.identity);
}

/**
 * A DataLoader per request and per name: every `load(id)` made while one GraphQL level resolves
 * becomes one call of `batch` (one SQL `IN (...)` query), never one query per entity.
 */
export function loaderFor<V>(
  ctx: RequestContext,
  name: string,
  batch: (ids: readonly string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  let loader = ctx.loaders.get(name) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(async (ids) => {
      const found = await batch(ids);
      return ids.map((id) => found.get(String(id)) ?? null);
    });
    ctx.loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Groups rows by a key, for one-to-many loaders. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
