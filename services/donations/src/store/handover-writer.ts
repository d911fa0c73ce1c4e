import { DomainError, writeAudit, type RequestContext, type UnitInfo } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { cleanSerials } from '../domain/item-lines';
import { recordYear } from '../domain/record-numbers';
import { describeShortages, totalsByCategory, type Quantity, type Shortage } from '../domain/stock';
import { HandoverRecord } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import { StockRecord } from '../entities/stock.entity';
import type { HandoverItemInput } from '../schema/inputs';
import type { NamedHolder } from './holders';
import { pathOf } from './holders';
import { nextRecordNo } from './record-numbers';
import { stockRowsAt, takeFromStock } from './stock-store';

export interface HandoverDraft {
  recipient: UnitInfo;
  items: HandoverItemInput[];
  handedOverAt: string;
  handedOverById: string | null;
  receivedById: string | null;
  witnessId: string | null;
  note: string | null;
}

export async function outOfStock(holder: NamedHolder, missing: Shortage[]): Promise<DomainError> {
  return new DomainError('OUT_OF_STOCK', describeShortages(missing, await holder.name()), {
    shortages: missing,
  });
}

/** Available per category at a store, read inside the caller's transaction. */
export async function availableAt(manager: EntityManager, holder: NamedHolder, lines: Quantity[]) {
  const rows = await stockRowsAt(
    manager,
    holder.path,
    lines.map((l) => l.category),
  );
  return new Map(rows.map((r) => [r.category, r.available]));
}

/**
 * Takes the items from the store with conditional updates (in a fixed row order, so concurrent
 * handovers queue rather than deadlock), numbers the record and writes it. Throws OUT_OF_STOCK,
 * which rolls the whole transaction back, when any line cannot be covered.
 */
export async function writeHandover(
  manager: EntityManager,
  ctx: RequestContext,
  holder: NamedHolder,
  draft: HandoverDraft,
) {
  const totals = totalsByCategory(draft.items);
  const rows = await stockRowsAt(
    manager,
    holder.path,
    totals.map((t) => t.category),
  );
  const rowFor = new Map(rows.map((r) => [r.category, r]));
  const missing: Shortage[] = [];
  for (const line of [...totals].sort(
    (a, b) => (rowFor.get(a.category)?.id ?? 0) - (rowFor.get(b.category)?.id ?? 0),
  )) {
    const row = rowFor.get(line.category);
    if (row && (await takeFromStock(manager, row.id, line.quantity))) continue;
    const fresh = row ? await manager.getRepository(StockRecord).findOneByOrFail({ id: row.id }) : null;
    missing.push({ category: line.category, requested: line.quantity, available: fresh?.available ?? 0 });
  }
  if (missing.length) throw await outOfStock(holder, missing);

  const recordNo = await nextRecordNo(manager, recordYear(draft.handedOverAt));
  const saved = await manager.save(
    manager.create(HandoverRecord, {
      recordNo,
      recipientUnitId: Number(draft.recipient.id),
      recipientPath: pathOf(draft.recipient),
      holderUnitId: holder.unitId,
      holderPath: holder.path,
      handedOverAt: draft.handedOverAt,
      handedOverById: draft.handedOverById ? Number(draft.handedOverById) : null,
      receivedById: draft.receivedById ? Number(draft.receivedById) : null,
      witnessId: draft.witnessId ? Number(draft.witnessId) : null,
      note: draft.note?.trim() || null,
      status: 'ACTIVE',
      voidReason: null,
      voidedAt: null,
      recordedBy: ctx.identity?.username ?? null,
    }),
  );
  const items = draft.items.map((item) =>
    manager.create(HandoverItemRecord, {
      handoverId: saved.id,
      stockId: rowFor.get(item.category)!.id,
      category: item.category,
      description: item.description?.trim() || null,
      quantity: item.quantity,
      serialNumbers: cleanSerials(item.serialNumbers),
    }),
  );
  await manager.save(items);
  await writeAudit(manager, ctx, {
    action: 'handOver',
    entityType: 'Handover',
    entityId: saved.id,
    after: { ...saved, items },
  });
  return saved;
}
