import {
  badInput,
  notFound,
  paginate,
  updateAtVersion,
  writeAudit,
  type PageArgs,
  type RequestContext,
  clean,
} from '@dx/subgraph-kit';
import type { DonorKindName } from '../domain/categories';
import { DonorRecord } from '../entities/donor.entity';
import type { CreateDonorInput, UpdateDonorInput } from '../schema/inputs';
import { toDonor } from './mappers';

export async function listDonors(ctx: RequestContext, page: PageArgs, search?: string, kind?: DonorKindName) {
  const query = ctx.dataSource.getRepository(DonorRecord).createQueryBuilder('d');
  if (search?.trim()) query.andWhere('(d.name LIKE :q OR d.contact LIKE :q)', { q: `%${search.trim()}%` });
  if (kind) query.andWhere('d.kind = :kind', { kind });
  const connection = await paginate(query, page, [
    { column: 'd.name', property: 'name', direction: 'ASC' },
    { column: 'd.id', property: 'id', direction: 'ASC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toDonor) };
}

export async function createDonor(ctx: RequestContext, input: CreateDonorInput) {
  const name = input.name.trim();
  if (!name) throw badInput('The donor name is required.', 'name');
  return ctx.dataSource.transaction(async (manager) => {
    const saved = await manager.save(
      manager.create(DonorRecord, { name, kind: input.kind as DonorKindName, contact: clean(input.contact) }),
    );
    await writeAudit(manager, ctx, {
      action: 'createDonor',
      entityType: 'Donor',
      entityId: saved.id,
      after: saved,
    });
    return toDonor(saved);
  });
}

/** Edits a donor at `version`; CONFLICT when someone changed it since. */
export async function updateDonor(ctx: RequestContext, id: string, version: number, input: UpdateDonorInput) {
  return ctx.dataSource.transaction(async (manager) => {
    const before = await manager.getRepository(DonorRecord).findOneBy({ id: Number(id) });
    if (!before) throw notFound('Donor', id);
    const changes: Partial<DonorRecord> = {};
    if (input.name !== undefined) {
      if (!input.name.trim()) throw badInput('The donor name is required.', 'name');
      changes.name = input.name.trim();
    }
    if (input.kind !== undefined) changes.kind = input.kind as DonorKindName;
    if (input.contact !== undefined) changes.contact = clean(input.contact);
    await updateAtVersion(manager, DonorRecord, before.id, version, changes, 'This donor');
    const after = await manager.getRepository(DonorRecord).findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'updateDonor',
      entityType: 'Donor',
      entityId: id,
      before,
      after,
    });
    return toDonor(after);
  });
}
