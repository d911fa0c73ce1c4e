import {
  badInput,
  conflict,
  notFound,
  paginate,
  rethrowUniqueViolation,
  searchDocument,
  updateAtVersion,
  whereTextMatches,
  writeAudit,
  type PageArgs,
  type RequestContext,
} from '@dx/subgraph-kit';
import { UnitRecord, type UnitKindName } from '../entities/unit.entity';
import { childPath, placementProblem } from '../domain/unit-tree';
import type { CreateUnitInput, UpdateUnitInput } from '../schema/inputs';
import { toUnit } from './mappers';

export const UNIT_SEARCH = { table: 'unit', column: 'searchText' };
export const unitSearchText = (u: Pick<UnitRecord, 'code' | 'name'>) => searchDocument(u.code, u.name);

export async function listUnits(
  ctx: RequestContext,
  page: PageArgs,
  filter: { kind?: UnitKindName; parentId?: string; search?: string },
) {
  const query = ctx.dataSource.getRepository(UnitRecord).createQueryBuilder('u');
  if (filter.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
  if (filter.parentId) query.andWhere('u.parentId = :parentId', { parentId: Number(filter.parentId) });
  if (filter.search?.trim()) whereTextMatches(query, 'u', UNIT_SEARCH, filter.search);
  const connection = await paginate(query, page, [
    { column: 'u.code', property: 'code', direction: 'ASC' },
    { column: 'u.id', property: 'id', direction: 'ASC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toUnit) };
}

export async function createUnit(ctx: RequestContext, input: CreateUnitInput) {
  const code = input.code.trim();
  const name = input.name.trim();
  if (!name) throw badInput('The unit name is required.', 'name');
  return ctx.dataSource
    .transaction(async (manager) => {
      const units = manager.getRepository(UnitRecord);
      let parent: UnitRecord | null = null;
      if (input.parentId) {
        parent = await units.findOneBy({ id: Number(input.parentId) });
        if (!parent) throw badInput(`The parent unit ${input.parentId} does not exist.`, 'parentId');
      }
      const problem = placementProblem(input.kind, parent?.kind ?? null);
      if (problem) throw badInput(problem, 'parentId');
      if (await units.existsBy({ code })) throw conflict(`A unit with code "${code}" already exists.`);
      const saved = await units.save(
        units.create({
          code,
          name,
          kind: input.kind,
          parentId: parent?.id ?? null,
          path: '/',
          searchText: unitSearchText({ code, name }),
        }),
      );
      saved.path = childPath(parent?.path ?? null, saved.id);
      await units.update(saved.id, { path: saved.path });
      await writeAudit(manager, ctx, {
        action: 'createUnit',
        entityType: 'Unit',
        entityId: saved.id,
        after: saved,
      });
      return toUnit(saved);
    })
    .catch(rethrowUniqueViolation(`A unit with code "${code}" already exists.`));
}

export async function updateUnit(ctx: RequestContext, id: string, version: number, input: UpdateUnitInput) {
  return ctx.dataSource.transaction(async (manager) => {
    const units = manager.getRepository(UnitRecord);
    const before = await units.findOneBy({ id: Number(id) });
    if (!before) throw notFound('Unit', id);
    const changes: Partial<UnitRecord> = {};
    if (input.name !== undefined) {
      if (!input.name.trim()) throw badInput('The unit name is required.', 'name');
      changes.name = input.name.trim();
      changes.searchText = unitSearchText({ code: before.code, name: changes.name });
    }
    await updateAtVersion(manager, UnitRecord, before.id, version, changes, 'This unit');
    const after = await units.findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, { action: 'updateUnit', entityType: 'Unit', entityId: id, before, after });
    return toUnit(after);
  });
}
