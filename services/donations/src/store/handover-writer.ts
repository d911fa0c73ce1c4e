import { DomainError, writeAudit, type RequestContext, type UnitInfo } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { cleanSerials } from '../domain/item-lines';
import { recordYear } from '../domain/record-numbers';
import { describeShortages, totalsByCategory, type Quantity, type Shortage } from '../domain/stock';
import { HandoverRecord } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import type { HandoverItemInput } from '../schema/inputs';
import { assertPiecesPicked, movePieces } from './equipment-moves';
import type { NamedHolder } from './holders';
import { pathOf } from './holders';
import { handoverRecorded } from './events';
import { nextRecordNo } from './record-numbers';
import { availableNow, changeStock, stockRowsAt } from './stock-store';

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
  const store = await holder.name();
  return new DomainError('OUT_OF_STOCK', describeShortages(missing, store), {
    shortages: missing,
    messageKey: 'errors.outOfStock',
    params: {
      store,
      categories: missing.map((m) => m.category),
      requested: missing.map((m) => m.requested),
      available: missing.map((m) => m.available),
    },
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

/** Takes quantities from a store's rows (ascending id, so writers queue rather than deadlock); OUT_OF_STOCK when short. */
export async function takeFrom(
  manager: EntityManager,
  holder: NamedHolder,
  lines: Quantity[],
  counter: 'handedOver' | 'transferredOut' | 'writtenOff',
) {
  const totals = totalsByCategory(lines);
  const rows = await stockRowsAt(
    manager,
    holder.path,
    totals.map((t) => t.category),
  );
  const missing: Shortage[] = [];
  for (const line of totals)
    if (!rows.some((r) => r.category === line.category))
      missing.push({ category: line.category, requested: line.quantity, available: 0 });
  for (const row of rows) {
    const quantity = totals.find((t) => t.category === row.category)!.quantity;
    if (await changeStock(manager, row.id, -quantity, counter, quantity)) continue;
    missing.push({
      category: row.category,
      requested: quantity,
      available: await availableNow(manager, row.id),
    });
  }
  if (missing.length) throw await outOfStock(holder, missing);
  return new Map(rows.map((r) => [r.category, r]));
}

/**
 * Takes the items from the store, moves the picked serials to the team (each must still be in that
 * store), numbers the record and writes it. Any refusal rolls the whole transaction back.
 */
export async function writeHandover(
  manager: EntityManager,
  ctx: RequestContext,
  holder: NamedHolder,
  draft: HandoverDraft,
) {
  const rowFor = await takeFrom(manager, holder, draft.items, 'handedOver');
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
      acceptedById: null,
      acceptedOn: null,
      acceptanceScanUrl: null,
    }),
  );
  const placeName = await holder.name();
  const items = [];
  for (const item of draft.items) {
    const serials = cleanSerials(item.serialNumbers);
    const pieces = await movePieces(manager, {
      serials,
      category: item.category,
      from: { status: 'IN_STORE', holderPath: holder.path },
      to: { status: 'HANDED_OVER', teamUnitId: Number(draft.recipient.id), handoverId: saved.id },
      event: {
        kind: 'HANDED_OVER',
        occurredOn: draft.handedOverAt,
        fromUnitId: holder.unitId,
        toUnitId: Number(draft.recipient.id),
        documentNo: recordNo,
      },
      recordedBy: ctx.identity?.username ?? null,
      placeName,
    });
    const picked = pieces.reduce((sum, p) => sum + (p.estimatedValueVnd ?? 0), 0);
    items.push(
      manager.create(HandoverItemRecord, {
        handoverId: saved.id,
        stockId: rowFor.get(item.category)!.id,
        category: item.category,
        description: item.description?.trim() || pieces[0]?.model || null,
        quantity: item.quantity,
        serialNumbers: serials,
        condition: item.condition ?? pieces[0]?.condition ?? null,
        estimatedValueVnd: item.estimatedValueVnd ?? (pieces.length ? picked : null),
      }),
    );
  }
  await manager.save(items);
  await assertPiecesPicked(manager, holder.path, [...rowFor.keys()], placeName);
  await handoverRecorded(manager, saved, draft.recipient.name);
  await writeAudit(manager, ctx, {
    action: 'handOver',
    entityType: 'Handover',
    entityId: saved.id,
    after: { ...saved, items },
  });
  return saved;
}
