import {
  badInput,
  identityOf,
  paginate,
  scopePrefix,
  today,
  type PageArgs,
  type RequestContext,
  writeAudit,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { futureDayProblem } from '../domain/dates';
import { cleanSerials } from '../domain/item-lines';
import { totalsByCategory } from '../domain/stock';
import { DonationRecord, type DonationStatusName } from '../entities/donation.entity';
import { DonationItemRecord } from '../entities/donation-item.entity';
import { DonorRecord } from '../entities/donor.entity';
import type { DonationItemInput, RecordDonationInput } from '../schema/inputs';
import { donationHolder } from './holders';
import { checkItemLines } from './line-checks';
import { toDonation } from './mappers';
import { assertSerialsNew, createPieces } from './pieces';
import { refuseInput } from './refusals';
import { changeStock, ensureStockRows, stockRowsAt, type Holder } from './stock-store';
import { writeOnce } from './request-keys';

export async function listDonations(
  ctx: RequestContext,
  page: PageArgs,
  donorId?: string,
  status?: DonationStatusName,
) {
  const query = ctx.dataSource.getRepository(DonationRecord).createQueryBuilder('d');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('d.holderPath LIKE :prefix', { prefix: `${prefix}%` });
  if (donorId) query.andWhere('d.donorId = :donorId', { donorId: Number(donorId) });
  if (status) query.andWhere('d.status = :status', { status });
  const connection = await paginate(query, page, [
    { column: 'd.receivedAt', property: 'receivedAt', direction: 'DESC' },
    { column: 'd.id', property: 'id', direction: 'DESC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toDonation) };
}

/** Receipt guards a person can fix: lines in range (never clamped), no date after today. */
export function checkDonationInput(input: {
  receivedAt?: string | null;
  items?: DonationItemInput[] | null;
}) {
  if (input.items) checkItemLines(input.items);
  const future = input.receivedAt ? futureDayProblem(input.receivedAt, today(), 'A receipt date') : null;
  if (future) throw refuseInput('errors.receivedAfterToday', future, 'receivedAt', { today: today() });
}

export async function requireDonor(manager: EntityManager, donorId: string) {
  const donor = await manager.getRepository(DonorRecord).findOneBy({ id: Number(donorId) });
  if (!donor) throw badInput(`The donor ${donorId} does not exist. Add the donor first.`, 'donorId');
  return donor;
}

export function itemRows(manager: EntityManager, donationId: number, items: DonationItemInput[]) {
  return items.map((item) =>
    manager.create(DonationItemRecord, {
      donationId,
      category: item.category,
      description: item.description.trim(),
      quantity: item.quantity,
      serialNumbers: cleanSerials(item.serialNumbers),
      condition: item.condition ?? 'NEW',
      estimatedValueVnd: item.estimatedValueVnd ?? null,
    }),
  );
}

/** Adds received items to a store's rows, in row order. */
export async function receive(
  manager: EntityManager,
  holder: Holder,
  lines: { category: DonationItemInput['category']; quantity: number }[],
) {
  const totals = totalsByCategory(lines);
  const rows = await stockRowsAt(
    manager,
    holder.path,
    totals.map((t) => t.category),
  );
  for (const row of rows) {
    const quantity = totals.find((t) => t.category === row.category)!.quantity;
    await changeStock(manager, row.id, quantity, 'received', quantity);
  }
}

/** Records a gift and puts its items (and its serialled pieces) into the receiving unit's store; once per request key. */
export async function recordDonation(ctx: RequestContext, input: RecordDonationInput) {
  checkDonationInput(input);
  const holder = await donationHolder(ctx, input.unitId);
  await ensureStockRows(ctx.dataSource.manager, holder, [...new Set(input.items.map((i) => i.category))]);
  const load = async (id: number) =>
    toDonation(await ctx.dataSource.getRepository(DonationRecord).findOneByOrFail({ id }));
  return writeOnce(ctx, 'donation', input.requestKey, load, async (manager) => {
    const donor = await requireDonor(manager, input.donorId);
    await assertSerialsNew(
      manager,
      input.items.flatMap((i) => cleanSerials(i.serialNumbers)),
    );
    const saved = await manager.save(
      manager.create(DonationRecord, {
        donorId: donor.id,
        receivedAt: input.receivedAt,
        holderUnitId: holder.unitId,
        holderPath: holder.path,
        note: input.note?.trim() || null,
        status: 'ACTIVE',
        changeReason: null,
        voidedAt: null,
      }),
    );
    const items = await manager.save(itemRows(manager, saved.id, input.items));
    await receive(manager, holder, input.items);
    const recordedBy = ctx.identity?.username ?? null;
    await createPieces(
      manager,
      { id: saved.id, receivedAt: saved.receivedAt, donorName: donor.name },
      holder,
      items,
      recordedBy,
    );
    await writeAudit(manager, ctx, {
      action: 'recordDonation',
      entityType: 'Donation',
      entityId: saved.id,
      after: { ...saved, items },
    });
    return [saved.id, toDonation(saved)];
  });
}
