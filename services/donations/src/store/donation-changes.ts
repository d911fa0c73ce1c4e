import {
  assertWithinScope,
  conflict,
  identityOf,
  notFound,
  today,
  type RequestContext,
  updateAtVersion,
  writeAudit,
} from '@dx/subgraph-kit';
import { In, Not, type EntityManager } from 'typeorm';
import type { ItemCategoryName } from '../domain/categories';
import { serialKey } from '../domain/equipment';
import { cleanSerials } from '../domain/item-lines';
import { totalsByCategory } from '../domain/stock';
import { DonationRecord } from '../entities/donation.entity';
import { DonationItemRecord } from '../entities/donation-item.entity';
import { EquipmentRecord } from '../entities/equipment.entity';
import type { CorrectDonationInput } from '../schema/movement.inputs';
import { checkDonationInput, itemRows, requireDonor } from './donations';
import { assertPiecesPicked, writeEvents } from './equipment-moves';
import { holderName } from './holders';
import { toDonation } from './mappers';
import { assertSerialsNew, createPieces } from './pieces';
import { refusal, refuseInput } from './refusals';
import { changeStock, ensureStockRows, stockRowsAt } from './stock-store';

function checkReason(reason: string) {
  const why = reason.trim();
  if (why.length < 3)
    throw refuseInput('errors.reasonRequired', 'Say why (at least 3 characters).', 'reason');
  if (why.length > 500)
    throw refuseInput('errors.reasonTooLong', 'A reason may have at most 500 characters.', 'reason');
  return why;
}

async function lockedDonation(manager: EntityManager, ctx: RequestContext, id: string) {
  const before = await manager.getRepository(DonationRecord).findOneBy({ id: Number(id) });
  if (!before) throw notFound('Donation', id);
  assertWithinScope(identityOf(ctx), before.holderPath, 'donations to this store');
  if (before.status === 'VOIDED')
    throw conflict(
      `This donation was voided on ${before.voidedAt?.toISOString().slice(0, 10)}; it cannot change.`,
    );
  return before;
}

/** Pieces of the donation that have left its store: they block taking the donation back. */
async function piecesGone(manager: EntityManager, donation: DonationRecord, serials?: string[]) {
  const where = {
    donationId: donation.id,
    status: Not('IN_STORE' as const),
    ...(serials ? { serialKey: In(serials.map(serialKey)) } : {}),
  };
  const away = await manager.getRepository(EquipmentRecord).find({ where });
  const moved = await manager.getRepository(EquipmentRecord).find({
    where: {
      donationId: donation.id,
      status: 'IN_STORE',
      holderPath: Not(donation.holderPath),
      ...(serials ? { serialKey: In(serials.map(serialKey)) } : {}),
    },
  });
  return [...away.filter((p) => p.status !== 'VOIDED'), ...moved];
}

const itemsLeft = (serials: string[], store: string) =>
  refusal(
    'ITEMS_HANDED_OVER',
    'errors.itemsHandedOver',
    `Items of this donation have left the store of ${store} (${serials.join(', ')}): void their handovers, or return them to the store, first.`,
    { serials, store },
  );

/** Takes or puts back per category in row order; short stock means items already left: refused, never negative. */
async function applyDeltas(
  manager: EntityManager,
  holderPath: string,
  deltas: Map<ItemCategoryName, number>,
  store: string,
) {
  const rows = await stockRowsAt(manager, holderPath, [...deltas.keys()]);
  for (const row of rows) {
    const delta = deltas.get(row.category) ?? 0;
    if (delta === 0) continue;
    if (!(await changeStock(manager, row.id, delta, 'received', delta))) {
      throw refusal(
        'ITEMS_HANDED_OVER',
        'errors.itemsHandedOver',
        `Only ${row.available} ${row.category} of this donation are still in the store of ${store}; the rest were handed over or moved. Void those handovers or transfers first.`,
        { category: row.category, available: row.available, store },
      );
    }
  }
}

/** Voids a donation with a reason: its items leave the store again; refused once any of them left it. */
export async function voidDonation(ctx: RequestContext, id: string, version: number, reason: string) {
  const why = checkReason(reason);
  return ctx.dataSource.transaction(async (manager) => {
    const before = await lockedDonation(manager, ctx, id);
    const store = await holderName(ctx, before.holderUnitId);
    const gone = await piecesGone(manager, before);
    if (gone.length)
      throw itemsLeft(
        gone.map((p) => p.serial),
        store,
      );
    await updateAtVersion(
      manager,
      DonationRecord,
      before.id,
      version,
      { status: 'VOIDED', changeReason: why, voidedAt: new Date() },
      'This donation',
    );
    const lines = await manager.getRepository(DonationItemRecord).findBy({ donationId: before.id });
    const deltas = new Map(totalsByCategory(lines).map((t) => [t.category, -t.quantity]));
    await applyDeltas(manager, before.holderPath, deltas, store);
    const pieces = await manager
      .getRepository(EquipmentRecord)
      .findBy({ donationId: before.id, status: 'IN_STORE' });
    await manager
      .getRepository(EquipmentRecord)
      .update({ donationId: before.id, status: 'IN_STORE' }, { status: 'VOIDED', serialKey: null });
    const event = {
      kind: 'DONATION_VOIDED' as const,
      occurredOn: today(),
      fromUnitId: before.holderUnitId,
      toUnitId: null,
      documentNo: `#${before.id}`,
      reason: why,
    };
    await writeEvents(manager, pieces, event, ctx.identity?.username ?? null);
    const after = await manager.getRepository(DonationRecord).findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'voidDonation',
      entityType: 'Donation',
      entityId: id,
      before,
      after,
    });
    return toDonation(after);
  });
}

/**
 * Corrects a donation with a reason (donor, date, note, lines). Stock follows the difference; a
 * line cannot shrink below what already left the store, and a serial that left cannot be removed.
 */
export async function correctDonation(
  ctx: RequestContext,
  id: string,
  version: number,
  input: CorrectDonationInput,
) {
  const why = checkReason(input.reason);
  checkDonationInput(input);
  const existing = await ctx.dataSource.getRepository(DonationRecord).findOneBy({ id: Number(id) });
  if (existing && input.items) {
    await ensureStockRows(
      ctx.dataSource.manager,
      { unitId: existing.holderUnitId, path: existing.holderPath },
      [...new Set(input.items.map((i) => i.category))],
    );
  }
  return ctx.dataSource.transaction(async (manager) => {
    const before = await lockedDonation(manager, ctx, id);
    const store = await holderName(ctx, before.holderUnitId);
    const donor = await requireDonor(manager, input.donorId ?? String(before.donorId));
    const changes: Partial<DonationRecord> = { changeReason: why, donorId: donor.id };
    if (input.receivedAt) changes.receivedAt = input.receivedAt;
    if (input.note !== undefined) changes.note = input.note?.trim() || null;
    await updateAtVersion(manager, DonationRecord, before.id, version, changes, 'This donation');
    const oldLines = await manager.getRepository(DonationItemRecord).findBy({ donationId: before.id });
    if (input.items) {
      const oldKeys = new Set(oldLines.flatMap((l) => cleanSerials(l.serialNumbers)).map(serialKey));
      const newSerials = input.items.flatMap((l) => cleanSerials(l.serialNumbers));
      const newKeys = new Set(newSerials.map(serialKey));
      const removed = oldLines
        .flatMap((l) => cleanSerials(l.serialNumbers))
        .filter((s) => !newKeys.has(serialKey(s)));
      const gone = removed.length ? await piecesGone(manager, before, removed) : [];
      if (gone.length)
        throw itemsLeft(
          gone.map((p) => p.serial),
          store,
        );
      await assertSerialsNew(
        manager,
        newSerials.filter((s) => !oldKeys.has(serialKey(s))),
      );
      const deltas = new Map<ItemCategoryName, number>();
      for (const t of totalsByCategory(oldLines)) deltas.set(t.category, -t.quantity);
      for (const t of totalsByCategory(input.items))
        deltas.set(t.category, (deltas.get(t.category) ?? 0) + t.quantity);
      await applyDeltas(manager, before.holderPath, deltas, store);
      if (removed.length) {
        await manager
          .getRepository(EquipmentRecord)
          .update(
            { donationId: before.id, serialKey: In(removed.map(serialKey)) },
            { status: 'VOIDED', serialKey: null },
          );
      }
      await manager.getRepository(DonationItemRecord).delete({ donationId: before.id });
      const lines = await manager.save(itemRows(manager, before.id, input.items));
      const added = lines.map((l) => ({
        ...l,
        serialNumbers: cleanSerials(l.serialNumbers).filter((s) => !oldKeys.has(serialKey(s))),
      }));
      const holder = { unitId: before.holderUnitId, path: before.holderPath };
      await createPieces(
        manager,
        { id: before.id, receivedAt: changes.receivedAt ?? before.receivedAt, donorName: donor.name },
        holder,
        added as DonationItemRecord[],
        ctx.identity?.username ?? null,
      );
      await assertPiecesPicked(manager, before.holderPath, [...deltas.keys()], store);
    }
    const after = await manager.getRepository(DonationRecord).findOneByOrFail({ id: before.id });
    const lines = await manager.getRepository(DonationItemRecord).findBy({ donationId: before.id });
    await writeAudit(manager, ctx, {
      action: 'correctDonation',
      entityType: 'Donation',
      entityId: id,
      before: { ...before, items: oldLines },
      after: { ...after, items: lines },
    });
    return toDonation(after);
  });
}
