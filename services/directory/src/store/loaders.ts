import { In } from 'typeorm';
import { groupBy, loaderFor, type RequestContext } from '@dx/subgraph-kit';
import { UnitRecord } from '../entities/unit.entity';
import { PersonRecord } from '../entities/person.entity';
import type { Person, Unit } from '../schema/types';
import { pathIds } from '../domain/unit-tree';

export function toUnit(r: UnitRecord): Unit {
  return {
    id: String(r.id),
    code: r.code,
    name: r.name,
    kind: r.kind,
    parentId: r.parentId === null ? null : String(r.parentId),
    path: pathIds(r.path),
    version: r.version,
  };
}

export function toPerson(r: PersonRecord): Person {
  return {
    id: String(r.id),
    fullName: r.fullName,
    position: r.position,
    unitId: String(r.unitId),
    email: r.email,
    phone: r.phone,
    version: r.version,
  };
}

const numericIds = (ids: readonly string[]) => ids.map(Number).filter(Number.isInteger);

/** One `WHERE id IN (...)` per batch, for parents, person units and federation references alike. */
export const unitLoader = (ctx: RequestContext) =>
  loaderFor<Unit>(ctx, 'unitById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(UnitRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toUnit(r)]));
  });

export const personLoader = (ctx: RequestContext) =>
  loaderFor<Person>(ctx, 'personById', async (ids) => {
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
