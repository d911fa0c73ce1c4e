import { DomainError, notFound, type MessageParams } from './errors';
import type { RequestContext } from './context';
import { loaderFor } from './context';

/**
 * Services meet only through the supergraph: when one needs another subgraph's data at write time
 * (does this unit exist, where is it in the tree), it asks the gateway with the caller's own token,
 * so the caller's rights apply.
 */
export async function queryGateway<T>(
  ctx: RequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(ctx.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(ctx.token ? { authorization: `Bearer ${ctx.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: {
      message: string;
      extensions?: { code?: string; messageKey?: string; params?: MessageParams };
    }[];
  };
  if (body.errors?.length) {
    const [first] = body.errors;
    const { code, messageKey, params } = first.extensions ?? {};
    throw new DomainError(code ?? 'INTERNAL_SERVER_ERROR', first.message, { messageKey, params });
  }
  return body.data as T;
}

export interface UnitInfo {
  id: string;
  name: string;
  code: string;
  kind: string;
  /** ids from the root down to and including this unit */
  path: string[];
}

export interface PersonInfo {
  id: string;
  fullName: string;
  unit: UnitInfo;
}

const UNIT_FIELDS = 'id name code kind path';

/** Units by id, batched per request through one gateway call. */
export function unitInfo(ctx: RequestContext, id: string): Promise<UnitInfo | null> {
  return loaderFor<UnitInfo>(ctx, 'gateway:units', async (ids) => {
    const data = await queryGateway<{ unitsByIds: UnitInfo[] }>(
      ctx,
      `query ($ids: [ID!]!) { unitsByIds(ids: $ids) { ${UNIT_FIELDS} } }`,
      { ids },
    );
    return new Map(data.unitsByIds.map((u) => [u.id, u]));
  }).load(String(id));
}

export function personInfo(ctx: RequestContext, id: string): Promise<PersonInfo | null> {
  return loaderFor<PersonInfo>(ctx, 'gateway:people', async (ids) => {
    const data = await queryGateway<{ peopleByIds: PersonInfo[] }>(
      ctx,
      `query ($ids: [ID!]!) { peopleByIds(ids: $ids) { id fullName unit { ${UNIT_FIELDS} } } }`,
      { ids },
    );
    return new Map(data.peopleByIds.map((p) => [p.id, p]));
  }).load(String(id));
}

export async function requireUnit(ctx: RequestContext, id: string, field = 'unitId'): Promise<UnitInfo> {
  const unit = await unitInfo(ctx, id);
  if (!unit) throw notFound('Unit', id, field);
  return unit;
}

export async function requirePerson(
  ctx: RequestContext,
  id: string,
  field = 'personId',
): Promise<PersonInfo> {
  const person = await personInfo(ctx, id);
  if (!person) throw notFound('Person', id, field);
  return person;
}
