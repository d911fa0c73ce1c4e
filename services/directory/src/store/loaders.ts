import { types } from 'node:util';
import { In } from 'typeorm';
import { groupBy, loaderFor, type RequestContext, numericIds } from '@dx/subgraph-kit';
import { UnitRecord } from '../entities/unit.entity';
import { PersonRecord } from '../entities/person.entity';
import type { Unit } from '../schema/types';
import { toPerson, toUnit, type PersonRow } from './mappers';

/**
 * One `WHERE id IN (...)` per batch, for parents, person units and federation references alike.
 * An unknown id loads as null; a failed query rejects every load of its batch (never a null, so
 * an outage is not reported as "does not exist").
 */
export const unitLoader = (ctx: RequestContext) =>
  loaderFor<Unit>(ctx, 'unitById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(UnitRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toUnit(r)]));
  });

export const personLoader = (ctx: RequestContext) =>
  loaderFor<PersonRow>(ctx, 'personById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(PersonRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toPerson(r)]));
  });

export const childrenLoader = (ctx: RequestContext) =>
  loaderFor<Unit[]>(ctx, 'unitChildren', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(UnitRecord)
      .find({ where: { parentId: In(numericIds(ids)) }, order: { code: 'ASC' } });
    return groupBy(rows.map(toUnit), (u) => u.parentId!);
  });

/** Loads many by id, leaving out unknown ids and rethrowing the first failure. */
export async function loadAllOrThrow<V>(
  loader: { loadMany(ids: readonly string[]): Promise<(V | null | Error)[]> },
  ids: readonly string[],
): Promise<V[]> {
  const loaded = await loader.loadMany(ids);
  // isNativeError also knows errors made in another realm (native drivers, jest's sandbox).
  const failure = loaded.find((v): v is Error => v instanceof Error || types.isNativeError(v));
  if (failure) throw failure;
  return loaded.filter((v): v is V => v !== null);
}
