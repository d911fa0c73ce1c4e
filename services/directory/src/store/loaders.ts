import { types } from 'node:util';
import { In } from 'typeorm';
import { groupBy, loaderFor, type RequestContext, numericIds } from '@dx/subgraph-kit';
import { UnitRecord } from '../entities/unit.entity';
import { PersonRecord } from '../entities/person.entity';
import type { Unit } from '../schema/types';
import {
  PERSON_COLUMNS,
  toPerson,
  toUnit,
  UNIT_COLUMNS,
  type PersonColumns,
  type PersonRow,
  type UnitColumns,
} from './mappers';

/**
 * `SELECT <columns> FROM <table> WHERE id IN (?, ...)`, rows as the driver gives them: the by-id
 * loaders are the directory's hottest path (every task page resolves its assignees and units
 * here), and TypeORM's `findBy` spent more on building the query and hydrating entities than
 * the database spent answering. The columns are the mapper's, all plain (no transformers), so a
 * raw row is what the mapper reads. Parameterised; no ids, no statement.
 */
async function selectByIds<R>(
  ctx: RequestContext,
  entity: typeof UnitRecord | typeof PersonRecord,
  columns: readonly string[],
  ids: readonly string[],
): Promise<R[]> {
  const keys = numericIds(ids);
  if (keys.length === 0) return [];
  const { driver } = ctx.dataSource;
  const metadata = ctx.dataSource.getMetadata(entity);
  // table and column names from the entity's metadata, each column under its property's name
  const column = (property: string) =>
    driver.escape(metadata.findColumnWithPropertyName(property)?.databaseName ?? property);
  const list = columns.map((c) => `${column(c)} AS ${driver.escape(c)}`).join(', ');
  return ctx.dataSource.query(
    `SELECT ${list} FROM ${driver.escape(metadata.tableName)} WHERE ${column('id')} IN (${keys.map(() => '?').join(', ')})`,
    keys,
  );
}

/**
 * One `WHERE id IN (...)` per batch, for parents, person units and federation references alike.
 * An unknown id loads as null; a failed query rejects every load of its batch (never a null, so
 * an outage is not reported as "does not exist").
 */

export const unitLoader = (ctx: RequestContext) =>
  loaderFor<Unit>(ctx, 'unitById', async (ids) => {
    const rows = await selectByIds<UnitColumns>(ctx, UnitRecord, UNIT_COLUMNS, ids);
    return new Map(rows.map((r) => [String(r.id), toUnit(r)]));
  });

export const personLoader = (ctx: RequestContext) =>
  loaderFor<PersonRow>(ctx, 'personById', async (ids) => {
    const rows = await selectByIds<PersonColumns>(ctx, PersonRecord, PERSON_COLUMNS, ids);
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
