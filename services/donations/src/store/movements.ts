import {
  assertWithinScope,
  identityOf,
  requireUnit,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { serialKey } from '../domain/equipment';
import { cleanSerials } from '../domain/item-lines';
import { SERIES, type MovementKindName } from '../domain/movements';
import { recordYear } from '../domain/record-numbers';
import { totalsByCategory } from '../domain/stock';
import { EquipmentRecord } from '../entities/equipment.entity';
import { StockMovementRecord } from '../entities/stock-movement.entity';
import { StockMovementLineRecord } from '../entities/stock-movement-line.entity';
import type {
  MovementLineInput,
  ReturnEquipmentInput,
  TransferStockInput,
  WriteOffInput,
} from '../schema/movement.inputs';
import { assertPiecesPicked, movePieces } from './equipment-moves';
import { takeFrom } from './handover-writer';
import { checkDay } from './handovers';
import { pathOf, storeOf, type NamedHolder } from './holders';
import { checkItemLines } from './line-checks';
import { toMovement } from './mappers';
import { refuseInput } from './refusals';
import { writeOnce } from './request-keys';
import { changeStock, ensureStockRows, stockRowsAt } from './stock-store';
import { nextDocumentNo } from './sequences';

const loadMovement = (ctx: RequestContext) => async (id: number) =>
  toMovement(await ctx.dataSource.getRepository(StockMovementRecord).findOneByOrFail({ id }));

async function saveMovement(
  manager: EntityManager,
  ctx: RequestContext,
  kind: MovementKindName,
  record: Partial<StockMovementRecord> & { occurredOn: string; fromPath: string },
  lines: MovementLineInput[],
) {
  const recordNo = await nextDocumentNo(manager, SERIES[kind], recordYear(record.occurredOn));
  const saved = await manager.save(
    manager.create(StockMovementRecord, {
      ...record,
      kind,
      recordNo,
      recordedBy: ctx.identity?.username ?? null,
    }),
  );
  const rows = lines.map((l) =>
    manager.create(StockMovementLineRecord, {
      movementId: saved.id,
      category: l.category,
      quantity: l.quantity,
      serialNumbers: cleanSerials(l.serialNumbers),
    }),
  );
  await manager.save(rows);
  await writeAudit(manager, ctx, {
    action: kind === 'TRANSFER' ? 'transferStock' : kind === 'WRITE_OFF' ? 'writeOff' : 'returnEquipment',
    entityType: 'StockMovement',
    entityId: saved.id,
    after: { ...saved, lines: rows },
  });
  return saved;
}

/** Puts quantities into a store's rows, in row order. */
async function putInto(
  manager: EntityManager,
  holder: NamedHolder,
  lines: MovementLineInput[],
  counter: 'transferredIn' | 'returned',
) {
  const totals = totalsByCategory(lines);
  for (const row of await stockRowsAt(
    manager,
    holder.path,
    totals.map((t) => t.category),
  )) {
    const quantity = totals.find((t) => t.category === row.category)!.quantity;
    await changeStock(manager, row.id, quantity, counter, quantity);
  }
}

/**
 * A transfer between stores (e.g. the city's store to a ward's), with its own record. Both stores'
 * rows change in one transaction: the source never below zero, named pieces must be in the source.
 */
export async function transferStock(ctx: RequestContext, input: TransferStockInput) {
  checkItemLines(input.items);
  checkDay(input.transferredAt, 'transferredAt', 'A transfer date');
  const from = await storeOf(ctx, input.fromUnitId, 'fromUnitId');
  const to = await storeOf(ctx, input.toUnitId, 'toUnitId');
  if (from.path === to.path)
    throw refuseInput(
      'errors.transferSameStore',
      'Choose two different stores: the items leave one and go to the other.',
      'toUnitId',
    );
  const categories = [...new Set(input.items.map((i) => i.category))];
  await ensureStockRows(ctx.dataSource.manager, from, categories);
  await ensureStockRows(ctx.dataSource.manager, to, categories);
  const [fromName, toName] = [await from.name(), await to.name()];
  return writeOnce(ctx, 'transfer', input.requestKey, loadMovement(ctx), async (manager) => {
    // Lock order: the two stores' rows by ascending id, whichever direction the transfer goes.
    const fromFirst =
      (await stockRowsAt(manager, from.path, categories))[0].id <
      (await stockRowsAt(manager, to.path, categories))[0].id;
    if (fromFirst) {
      await takeFrom(manager, from, input.items, 'transferredOut');
      await putInto(manager, to, input.items, 'transferredIn');
    } else {
      await putInto(manager, to, input.items, 'transferredIn');
      await takeFrom(manager, from, input.items, 'transferredOut');
    }
    const saved = await saveMovement(
      manager,
      ctx,
      'TRANSFER',
      {
        fromUnitId: from.unitId,
        fromPath: from.path,
        toUnitId: to.unitId,
        toPath: to.path,
        occurredOn: input.transferredAt,
        note: input.note?.trim() || null,
        reason: null,
      },
      input.items,
    );
    for (const line of input.items) {
      await movePieces(manager, {
        serials: cleanSerials(line.serialNumbers),
        category: line.category,
        from: { status: 'IN_STORE', holderPath: from.path },
        to: { holderPath: to.path, holderUnitId: to.unitId },
        event: {
          kind: 'TRANSFERRED',
          occurredOn: input.transferredAt,
          fromUnitId: from.unitId,
          toUnitId: to.unitId,
          documentNo: saved.recordNo,
        },
        recordedBy: ctx.identity?.username ?? null,
        placeName: fromName,
      });
    }
    await assertPiecesPicked(manager, from.path, categories, fromName);
    void toName;
    return [saved.id, toMovement(saved)];
  });
}

/** A write-off with a reason (broken, lost, returned to the donor): never below zero, named pieces leave for good. */
export async function writeOff(ctx: RequestContext, input: WriteOffInput) {
  checkItemLines(input.items);
  checkDay(input.writtenOffAt, 'writtenOffAt', 'A write-off date');
  const from = await storeOf(ctx, input.fromUnitId, 'fromUnitId');
  const categories = [...new Set(input.items.map((i) => i.category))];
  await ensureStockRows(ctx.dataSource.manager, from, categories);
  const fromName = await from.name();
  return writeOnce(ctx, 'writeoff', input.requestKey, loadMovement(ctx), async (manager) => {
    await takeFrom(manager, from, input.items, 'writtenOff');
    const saved = await saveMovement(
      manager,
      ctx,
      'WRITE_OFF',
      {
        fromUnitId: from.unitId,
        fromPath: from.path,
        toUnitId: null,
        toPath: null,
        occurredOn: input.writtenOffAt,
        reason: input.reason,
        note: input.note?.trim() || null,
      },
      input.items,
    );
    for (const line of input.items) {
      await movePieces(manager, {
        serials: cleanSerials(line.serialNumbers),
        category: line.category,
        from: { status: 'IN_STORE', holderPath: from.path },
        to: { status: 'WRITTEN_OFF' },
        event: {
          kind: 'WRITTEN_OFF',
          occurredOn: input.writtenOffAt,
          fromUnitId: from.unitId,
          toUnitId: null,
          documentNo: saved.recordNo,
          reason: input.reason,
        },
        recordedBy: ctx.identity?.username ?? null,
        placeName: fromName,
      });
    }
    await assertPiecesPicked(manager, from.path, categories, fromName);
    return [saved.id, toMovement(saved)];
  });
}

/** A return from a team back to a store, by serial: each piece must be with that team. */
export async function returnEquipment(ctx: RequestContext, input: ReturnEquipmentInput) {
  const serials = cleanSerials(input.serialNumbers);
  if (serials.length === 0)
    throw refuseInput(
      'errors.returnNeedsSerials',
      'List the serial numbers of the pieces that come back.',
      'serialNumbers',
    );
  checkDay(input.returnedAt, 'returnedAt', 'A return date');
  const team = await requireUnit(ctx, input.teamUnitId, 'teamUnitId');
  assertWithinScope(identityOf(ctx), pathOf(team), 'this team');
  const to = await storeOf(ctx, input.toUnitId, 'toUnitId');
  const pieces = await ctx.dataSource
    .getRepository(EquipmentRecord)
    .findBy({ serialKey: In(serials.map(serialKey)) });
  const lines: MovementLineInput[] = totalsByCategory(
    pieces.map((p) => ({ category: p.category, quantity: 1 })),
  ).map((t) => ({
    ...t,
    serialNumbers: pieces.filter((p) => p.category === t.category).map((p) => p.serial),
  }));
  await ensureStockRows(
    ctx.dataSource.manager,
    to,
    lines.map((l) => l.category),
  );
  return writeOnce(ctx, 'return', input.requestKey, loadMovement(ctx), async (manager) => {
    await putInto(manager, to, lines, 'returned');
    const saved = await saveMovement(
      manager,
      ctx,
      'RETURN',
      {
        fromUnitId: Number(team.id),
        fromPath: pathOf(team),
        toUnitId: to.unitId,
        toPath: to.path,
        occurredOn: input.returnedAt,
        reason: null,
        note: input.reason?.trim() || null,
      },
      lines,
    );
    await movePieces(manager, {
      serials,
      from: { status: 'HANDED_OVER', teamUnitId: Number(team.id) },
      to: {
        status: 'IN_STORE',
        holderPath: to.path,
        holderUnitId: to.unitId,
        teamUnitId: null,
        handoverId: null,
      },
      event: {
        kind: 'RETURNED',
        occurredOn: input.returnedAt,
        fromUnitId: Number(team.id),
        toUnitId: to.unitId,
        documentNo: saved.recordNo,
        reason: input.reason?.trim() || null,
      },
      recordedBy: ctx.identity?.username ?? null,
      placeName: team.name,
    });
    return [saved.id, toMovement(saved)];
  });
}
