import {
  badInput,
  identityOf,
  paginate,
  scopePrefix,
  writeAudit,
  type PageArgs,
  type RequestContext,
} from '@dx/subgraph-kit';
import { cleanSerials } from '../domain/item-lines';
import { totalsByCategory } from '../domain/stock';
import { DonationRecord } from '../entities/donation.entity';
import { DonationItemRecord } from '../entities/donation-item.entity';
import { DonorRecord } from '../entities/donor.entity';
import type { RecordDonationInput } from '../schema/inputs';
import { donationHolder } from './holders';
import { checkItemLines } from './line-checks';
import { toDonation } from './mappers';
import { ensureStockRows, receiveIntoStock } from './stock-store';

export async function listDonations(ctx: RequestContext, page: PageArgs, donorId?: string) {
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

/** Records a gift and puts its items into the receiving unit's store, in one transaction. */
export async function recordDonation(ctx: RequestContext, input: RecordDonationInput) {
  checkItemLines(input.items);
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
    await ensureStockRows(
      manager,
      holder,
      totals.map((t) => t.category),
    );
    for (const line of totals) await receiveIntoStock(manager, holder.path, line.category, line.quantity);
    await writeAudit(manager, ctx, {
      action: 'recordDonation',
      entityType: 'Donation',
      entityId: saved.id,
      after: { ...saved, items },
    });
    return toDonation(saved);
  });
}
