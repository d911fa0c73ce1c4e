import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, badInput, notFound, paginate, updateAtVersion, writeAudit, type RequestContext } from '@dx/subgraph-kit';
import type { DonorKindName } from '../domain/categories';
import { DonorRecord } from '../entities/donor.entity';
import { CreateDonorInput, UpdateDonorInput } from '../schema/inputs';
import { Donor, DonorConnection } from '../schema/types';
import { DonorKind } from '../schema/enums';
import { donorLoader } from '../store/loaders';
import { toDonor } from '../store/mappers';
import { DESK } from './roles';

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

@Resolver(() => Donor)
export class DonorResolver {
  @Authorized()
  @Query(() => DonorConnection, { description: 'Donors by name.' })
  async donors(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('kind', () => DonorKind, { nullable: true }) kind?: DonorKindName,
  ) {
    const query = ctx.dataSource.getRepository(DonorRecord).createQueryBuilder('d');
    if (search?.trim()) query.andWhere('(d.name LIKE :q OR d.contact LIKE :q)', { q: `%${search.trim()}%` });
    if (kind) query.andWhere('d.kind = :kind', { kind });
    const connection = await paginate(query, page, [
      { column: 'd.name', property: 'name', direction: 'ASC' },
      { column: 'd.id', property: 'id', direction: 'ASC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toDonor) };
  }

  @Authorized()
  @Query(() => Donor, { nullable: true })
  donor(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return donorLoader(ctx).load(id);
  }

  @Authorized(...DESK)
  @Mutation(() => Donor)
  async createDonor(@Arg('input') input: CreateDonorInput, @Ctx() ctx: RequestContext) {
    const name = input.name.trim();
    if (!name) throw badInput('The donor name is required.', 'name');
    return ctx.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(DonorRecord, { name, kind: input.kind as DonorKindName, contact: clean(input.contact) }));
      await writeAudit(manager, ctx, { action: 'createDonor', entityType: 'Donor', entityId: saved.id, after: saved });
      return toDonor(saved);
    });
  }

  @Authorized(...DESK)
  @Mutation(() => Donor, { description: 'Edits a donor; CONFLICT if it changed since `version`.' })
  async updateDonor(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateDonorInput,
    @Ctx() ctx: RequestContext,
  ) {
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
      await writeAudit(manager, ctx, { action: 'updateDonor', entityType: 'Donor', entityId: id, before, after });
      return toDonor(after);
    });
  }
}
