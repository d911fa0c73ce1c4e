import type { DataSource } from 'typeorm';
import { identityOf, requireUnit, scopePrefix, type RequestContext } from '@dx/subgraph-kit';
import { categoryOrder, type ItemCategoryName } from '../domain/categories';
import { DonationRecord } from '../entities/donation.entity';
import { DonationItemRecord } from '../entities/donation-item.entity';
import { HandoverRecord } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import { StockRecord } from '../entities/stock.entity';
import { pathOf } from './holders';

/** Restricts a report to a subtree (the caller's scope and/or the unit asked about) and a date range. */
export interface ReportFilter {
  pathPrefixes: string[];
  from?: string | null;
  to?: string | null;
}

/** The caller's scope, optionally narrowed to a unit's subtree, and a date range. */
export async function reportFilter(
  ctx: RequestContext,
  unitId?: string | null,
  from?: string | null,
  to?: string | null,
): Promise<ReportFilter> {
  const prefix = scopePrefix(identityOf(ctx));
  const pathPrefixes = prefix ? [prefix] : [];
  if (unitId) pathPrefixes.push(pathOf(await requireUnit(ctx, unitId, 'unitId')));
  return { pathPrefixes, from, to };
}

// MySQL returns SUM/COUNT as strings.
const int = (value: unknown) => Number(value ?? 0);

export async function handedOverByRecipient(db: DataSource, filter: ReportFilter) {
  const query = db
    .getRepository(HandoverItemRecord)
    .createQueryBuilder('i')
    .innerJoin(HandoverRecord, 'h', 'h.id = i.handoverId')
    .select('h.recipientUnitId', 'recipientUnitId')
    .addSelect('i.category', 'category')
    .addSelect('SUM(i.quantity)', 'quantity')
    .addSelect('COUNT(DISTINCT h.id)', 'handovers')
    .where("h.status = 'ACTIVE'");
  filter.pathPrefixes.forEach((p, n) =>
    query.andWhere(`h.recipientPath LIKE :p${n}`, { [`p${n}`]: `${p}%` }),
  );
  if (filter.from) query.andWhere('h.handedOverAt >= :from', { from: filter.from });
  if (filter.to) query.andWhere('h.handedOverAt <= :to', { to: filter.to });
  const rows = await query.groupBy('h.recipientUnitId').addGroupBy('i.category').getRawMany();
  return rows
    .map((r) => ({
      recipient: { id: String(r.recipientUnitId) },
      category: r.category as ItemCategoryName,
      quantity: int(r.quantity),
      handovers: int(r.handovers),
    }))
    .sort((a, b) => Number(a.recipient.id) - Number(b.recipient.id) || categoryOrder(a.category, b.category));
}

export async function givenByDonor(db: DataSource, filter: ReportFilter) {
  const query = db
    .getRepository(DonationItemRecord)
    .createQueryBuilder('i')
    .innerJoin(DonationRecord, 'd', "d.id = i.donationId AND d.status = 'ACTIVE'")
    .select('d.donorId', 'donorId')
    .addSelect('i.category', 'category')
    .addSelect('SUM(i.quantity)', 'quantity')
    .addSelect('COUNT(DISTINCT d.id)', 'donations')
    .addSelect('SUM(COALESCE(i.estimatedValueVnd, 0))', 'estimatedValueVnd');
  filter.pathPrefixes.forEach((p, n) => query.andWhere(`d.holderPath LIKE :p${n}`, { [`p${n}`]: `${p}%` }));
  if (filter.from) query.andWhere('d.receivedAt >= :from', { from: filter.from });
  if (filter.to) query.andWhere('d.receivedAt <= :to', { to: filter.to });
  const rows = await query.groupBy('d.donorId').addGroupBy('i.category').getRawMany();
  return rows
    .map((r) => ({
      donorId: String(r.donorId),
      category: r.category as ItemCategoryName,
      quantity: int(r.quantity),
      donations: int(r.donations),
      estimatedValueVnd: int(r.estimatedValueVnd),
    }))
    .sort((a, b) => Number(a.donorId) - Number(b.donorId) || categoryOrder(a.category, b.category));
}

export async function totalsByCategoryReport(db: DataSource, filter: ReportFilter) {
  const stock = db
    .getRepository(StockRecord)
    .createQueryBuilder('s')
    .select('s.category', 'category')
    .addSelect('SUM(s.received)', 'received')
    .addSelect('SUM(s.handedOver)', 'handedOver')
    .addSelect('SUM(s.available)', 'available');
  filter.pathPrefixes.forEach((p, n) => stock.andWhere(`s.holderPath LIKE :p${n}`, { [`p${n}`]: `${p}%` }));
  const recipients = db
    .getRepository(HandoverItemRecord)
    .createQueryBuilder('i')
    .innerJoin(HandoverRecord, 'h', 'h.id = i.handoverId')
    .select('i.category', 'category')
    .addSelect('COUNT(DISTINCT h.recipientUnitId)', 'recipients')
    .where("h.status = 'ACTIVE'");
  filter.pathPrefixes.forEach((p, n) =>
    recipients.andWhere(`h.holderPath LIKE :p${n}`, { [`p${n}`]: `${p}%` }),
  );
  const values = db
    .getRepository(DonationItemRecord)
    .createQueryBuilder('i')
    .innerJoin(DonationRecord, 'd', "d.id = i.donationId AND d.status = 'ACTIVE'")
    .select('i.category', 'category')
    .addSelect('SUM(COALESCE(i.estimatedValueVnd, 0))', 'estimatedValueVnd');
  filter.pathPrefixes.forEach((p, n) => values.andWhere(`d.holderPath LIKE :p${n}`, { [`p${n}`]: `${p}%` }));
  const [stockRows, recipientRows, valueRows] = await Promise.all([
    stock.groupBy('s.category').getRawMany(),
    recipients.groupBy('i.category').getRawMany(),
    values.groupBy('i.category').getRawMany(),
  ]);
  const lookup = (rows: Record<string, unknown>[], category: string, key: string) =>
    int(rows.find((r) => r.category === category)?.[key]);
  return stockRows
    .map((r) => ({
      category: r.category as ItemCategoryName,
      received: int(r.received),
      handedOver: int(r.handedOver),
      available: int(r.available),
      recipients: lookup(recipientRows, r.category, 'recipients'),
      estimatedValueVnd: lookup(valueRows, r.category, 'estimatedValueVnd'),
    }))
    .sort((a, b) => categoryOrder(a.category, b.category));
}
