import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, badInput, identityOf, paginate, scopePrefix, writeAudit, type RequestContext } from '@dx/subgraph-kit';
import { cleanSerials, lineProblem } from '../domain/item-lines';
import { totalsByCategory } from '../domain/stock';
import { DonationRecord } from '../entities/donation.entity';
import { DonationItemRecord } from '../entities/donation-item.entity';
import { DonorRecord } from '../entities/donor.entity';
import { RecordDonationInput } from '../schema/inputs';
import { Donation, DonationConnection, DonationItem, Donor } from '../schema/types';
import { donationHolder } from '../store/holders';
import { donationItemsLoader, donationLoader, donorLoader } from '../store/loaders';
import { toDonation } from '../store/mappers';
import { ensureStockRows, receiveIntoStock } from '../store/stock-store';
import { DESK } from './roles';

@Resolver(() => Donation)
export class DonationResolver {
  @Authorized()
  @Query(() => DonationConnection, { description: "Donations received into the stores in the caller's scope, newest first." })
  async donations(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('donorId', () => ID, { nullable: true }) donorId?: string,
  ) {
    const query = ctx.dataSource.getRepository(DonationRecord).createQueryBuilder('d');
    const prefix = scopePrefix(identityOf(ctx));
    if (prefix) query.andWhere('d.holderPath LIKE :prefix', { prefix: `${prefix}%` });
    if (donorId) query.andWhere('d.donorId = :donorId', { donorId: Number(donorId) });
    const connection = await paginate(query, page, [
      { column: 'd.receivedAt', property: 'receivedAt', direction: 'DESC' },
      { column: 'd.id', property: 'id', direction: 'DESC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toDonation) };
  }

  @Authorized()
  @Query(() => Donation, { nullable: true })
  donation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return donationLoader(ctx).load(id);
  }

  @FieldResolver(() => Donor)
  donor(@Root() donation: Donation, @Ctx() ctx: RequestContext) {
    return donorLoader(ctx).load(donation.donorId);
  }

  @FieldResolver(() => [DonationItem])
  async items(@Root() donation: Donation, @Ctx() ctx: RequestContext) {
    return (await donationItemsLoader(ctx).load(donation.id)) ?? [];
  }

  @Authorized(...DESK)
  @Mutation(() => Donation, { description: 'Records a gift and puts its items into the stock of the receiving unit.' })
  async recordDonation(@Arg('input') input: RecordDonationInput, @Ctx() ctx: RequestContext) {
    input.items.forEach((item, i) => {
      const problem = lineProblem(item);
      if (problem) throw badInput(problem, `items.${i}`);
    });
    const holder = await donationHolder(ctx, input.unitId);
    const totals = totalsByCategory(input.items);
    return ctx.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(DonorRecord).existsBy({ id: Number(input.donorId) }))) {
        throw badInput(`The donor ${input.donorId} does not exist. Add the donor first.`, 'donorId');
      }
      const saved = await manager.save(
        manager.create(DonationRecord, {
          donorId: Number(input.donorId),
          receivedAt: input.receivedAt,
          holderUnitId: holder.unitId,
          holderPath: holder.path,
          note: input.note?.trim() || null,
        }),
      );
      const items = input.items.map((item) =>
        manager.create(DonationItemRecord, {
          donationId: saved.id,
          category: item.category,
          description: item.description.trim(),
          quantity: item.quantity,
          serialNumbers: cleanSerials(item.serialNumbers),
          estimatedValueVnd: item.estimatedValueVnd ?? null,
        }),
      );
      await manager.save(items);
      await ensureStockRows(manager, holder, totals.map((t) => t.category));
      for (const line of totals) await receiveIntoStock(manager, holder.path, line.category, line.quantity);
      await writeAudit(manager, ctx, { action: 'recordDonation', entityType: 'Donation', entityId: saved.id, after: { ...saved, items } });
      return toDonation(saved);
    });
  }
}
