import { identityOf, requireUnit, scopePrefix, type RequestContext } from '@dx/subgraph-kit';
import { ITEM_CATEGORIES, categoryOrder } from '../domain/categories';
import { StockRecord } from '../entities/stock.entity';
import type { StockLine } from '../schema/types';
import { handoverHolder, pathOf } from './holders';
import { toStockLine } from './mappers';

/** Stock per category in the caller's scope (or below `unitId`), added up over stores unless `byStore`. */
export async function stockLines(
  ctx: RequestContext,
  unitId: string | undefined,
  byStore: boolean,
): Promise<StockLine[]> {
  const query = ctx.dataSource.getRepository(StockRecord).createQueryBuilder('s');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('s.holderPath LIKE :prefix', { prefix: `${prefix}%` });
  if (unitId) {
    const unit = await requireUnit(ctx, unitId, 'unitId');
    query.andWhere('s.holderPath LIKE :unitPath', { unitPath: `${pathOf(unit)}%` });
  }
  const rows = await query.orderBy('s.holderPath', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  if (byStore) return rows.map(toStockLine).sort((a, b) => categoryOrder(a.category, b.category));
  const totals = new Map(
    ITEM_CATEGORIES.map((category) => [
      category,
      {
        category,
        received: 0,
        handedOver: 0,
        available: 0,
        transferredIn: 0,
        transferredOut: 0,
        returned: 0,
        writtenOff: 0,
        holder: null,
      },
    ]),
  );
  for (const row of rows) {
    const line = totals.get(row.category)!;
    line.received += row.received;
    line.handedOver += row.handedOver;
    line.available += row.available;
    line.transferredIn += row.transferredIn;
    line.transferredOut += row.transferredOut;
    line.returned += row.returned;
    line.writtenOff += row.writtenOff;
  }
  return [...totals.values()].filter((line) => line.received + line.transferredIn + line.returned > 0);
}

/** What a store holds, per category: the store a handover to `recipientUnitId` would leave (the chosen one, or the caller's own). */
export async function availableFor(
  ctx: RequestContext,
  recipientUnitId: string,
  fromUnitId?: string,
): Promise<StockLine[]> {
  const recipient = await requireUnit(ctx, recipientUnitId, 'recipientUnitId');
  const holder = await handoverHolder(ctx, recipient, fromUnitId);
  const rows = await ctx.dataSource.getRepository(StockRecord).findBy({ holderPath: holder.path });
  return rows.map(toStockLine).sort((a, b) => categoryOrder(a.category, b.category));
}
