import {
  assertWithinScope,
  badInput,
  identityOf,
  notFound,
  paginate,
  scopePrefix,
  searchDocument,
  updateAtVersion,
  whereTextMatches,
  writeAudit,
  type PageArgs,
  type RequestContext,
  clean,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { PersonRecord } from '../entities/person.entity';
import { UnitRecord } from '../entities/unit.entity';
import type { CreatePersonInput, UpdatePersonInput } from '../schema/inputs';
import { toPerson } from './mappers';
import { encodePriorityGroups } from '../domain/person-category';

export const PERSON_SEARCH = { table: 'person', column: 'searchText' };
export const personSearchText = (p: Pick<PersonRecord, 'fullName' | 'position' | 'email' | 'phone'>) =>
  searchDocument(p.fullName, p.position, p.email, p.phone);

async function unitInScope(manager: EntityManager, ctx: RequestContext, unitId: string): Promise<UnitRecord> {
  const unit = await manager.getRepository(UnitRecord).findOneBy({ id: Number(unitId) });
  if (!unit) throw badInput(`The unit ${unitId} does not exist.`, 'unitId');
  assertWithinScope(identityOf(ctx), unit.path, 'people');
  return unit;
}

export async function listPeople(
  ctx: RequestContext,
  page: PageArgs,
  filter: { unitId?: string; search?: string; includeSubunits?: boolean },
) {
  const query = ctx.dataSource.getRepository(PersonRecord).createQueryBuilder('p');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('p.unitPath LIKE :prefix', { prefix: `${prefix}%` });
  if (filter.unitId) {
    if (filter.includeSubunits) {
      const unit = await ctx.dataSource.getRepository(UnitRecord).findOneBy({ id: Number(filter.unitId) });
      query.andWhere('p.unitPath LIKE :unitPath', { unitPath: `${unit?.path ?? '/none/'}%` });
    } else {
      query.andWhere('p.unitId = :unitId', { unitId: Number(filter.unitId) });
    }
  }
  if (filter.search?.trim()) whereTextMatches(query, 'p', PERSON_SEARCH, filter.search);
  const connection = await paginate(query, page, [
    { column: 'p.fullName', property: 'fullName', direction: 'ASC' },
    { column: 'p.id', property: 'id', direction: 'ASC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toPerson) };
}

export async function createPerson(ctx: RequestContext, input: CreatePersonInput) {
  const fullName = input.fullName.trim();
  if (!fullName) throw badInput('The full name is required.', 'fullName');
  return ctx.dataSource.transaction(async (manager) => {
    const unit = await unitInScope(manager, ctx, input.unitId);
    const people = manager.getRepository(PersonRecord);
    const fields = {
      fullName,
      position: clean(input.position),
      email: clean(input.email),
      phone: clean(input.phone),
    };
    const saved = await people.save(
      people.create({
        ...fields,
        category: input.category ?? null,
        priorityGroups: encodePriorityGroups(input.priorityGroups),
        unitId: unit.id,
        unitPath: unit.path,
        searchText: personSearchText(fields),
      }),
    );
    await writeAudit(manager, ctx, {
      action: 'createPerson',
      entityType: 'Person',
      entityId: saved.id,
      after: saved,
    });
    return toPerson(saved);
  });
}

export async function updatePerson(
  ctx: RequestContext,
  id: string,
  version: number,
  input: UpdatePersonInput,
) {
  return ctx.dataSource.transaction(async (manager) => {
    const people = manager.getRepository(PersonRecord);
    const before = await people.findOneBy({ id: Number(id) });
    if (!before) throw notFound('Person', id);
    assertWithinScope(identityOf(ctx), before.unitPath, 'people');
    const changes: Partial<PersonRecord> = {};
    if (input.fullName !== undefined) {
      if (!input.fullName.trim()) throw badInput('The full name is required.', 'fullName');
      changes.fullName = input.fullName.trim();
    }
    if (input.position !== undefined) changes.position = clean(input.position);
    if (input.email !== undefined) changes.email = clean(input.email);
    if (input.phone !== undefined) changes.phone = clean(input.phone);
    if (input.category !== undefined) changes.category = input.category ?? null;
    if (input.priorityGroups !== undefined)
      changes.priorityGroups = encodePriorityGroups(input.priorityGroups);
    if (input.unitId) {
      const unit = await unitInScope(manager, ctx, input.unitId);
      changes.unitId = unit.id;
      changes.unitPath = unit.path;
    }
    changes.searchText = personSearchText({ ...before, ...changes });
    await updateAtVersion(manager, PersonRecord, before.id, version, changes, 'This person');
    const after = await people.findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'updatePerson',
      entityType: 'Person',
      entityId: id,
      before,
      after,
    });
    return toPerson(after);
  });
}
