import {
  identityOf,
  isWithinScope,
  paginate,
  requireUnit,
  scopePrefix,
  type PageArgs,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { ItemCategoryName } from '../domain/categories';
import { serialKey, type EquipmentStatusName } from '../domain/equipment';
import type { MovementKindName } from '../domain/movements';
import { EquipmentRecord } from '../entities/equipment.entity';
import { EquipmentEventRecord } from '../entities/equipment-event.entity';
import { HandoverRecord } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import { StockMovementRecord } from '../entities/stock-movement.entity';
import { StockMovementLineRecord } from '../entities/stock-movement-line.entity';
import { pathOf, storeOf } from './holders';
import { toEvent, toMovement, toMovementLine, toPiece } from './mappers';

// MySQL returns SUM/COUNT as strings.
const int = (value: unknown) => Number(value ?? 0);

/** A piece by serial (any case), if the caller may see where it is. */
export async function pieceBySerial(ctx: RequestContext, serial: string) {
  const rows = await ctx.dataSource
    .getRepository(EquipmentRecord)
    .find({ where: [{ serialKey: serialKey(serial) }, { serial: serial.trim() }], order: { id: 'DESC' } });
  const row = rows[0];
  if (!row) return null;
  return isWithinScope(identityOf(ctx), row.holderPath) ? toPiece(row) : null;
}

export async function historyOf(ctx: RequestContext, pieceId: string) {
  const rows = await ctx.dataSource
    .getRepository(EquipmentEventRecord)
    .find({ where: { equipmentId: Number(pieceId) }, order: { id: 'ASC' } });
  return rows.map(toEvent);
}

/** Pieces in one store (for serial pickers) or anywhere in scope, filtered by category, status and part of a serial. */
export async function listPieces(
  ctx: RequestContext,
  page: PageArgs,
  filter: {
    storeUnitId?: string | null;
    category?: ItemCategoryName | null;
    status?: EquipmentStatusName | null;
    search?: string | null;
  },
) {
  const query = ctx.dataSource.getRepository(EquipmentRecord).createQueryBuilder('e');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('e.holderPath LIKE :prefix', { prefix: `${prefix}%` });
  if (filter.storeUnitId !== undefined && filter.storeUnitId !== null) {
    const store = await storeOf(ctx, filter.storeUnitId, 'storeUnitId');
    query.andWhere('e.holderPath = :path', { path: store.path });
  }
  if (filter.category) query.andWhere('e.category = :category', { category: filter.category });
  query.andWhere('e.status = :status', { status: filter.status ?? 'IN_STORE' });
  if (filter.search?.trim()) query.andWhere('e.serialKey LIKE :q', { q: `%${serialKey(filter.search)}%` });
  const connection = await paginate(query, page, [
    { column: 'e.serial', property: 'serial', direction: 'ASC' },
    { column: 'e.id', property: 'id', direction: 'ASC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toPiece) };
}

/** What a team holds: per category (active handovers less returns) and the serialled pieces. */
export async function teamEquipment(ctx: RequestContext, unitId: string) {
  const team = await requireUnit(ctx, unitId, 'unitId');
  const identity = identityOf(ctx);
  const teamId = Number(team.id);
  if (!isWithinScope(identity, pathOf(team))) return { team: { id: team.id }, holdings: [], pieces: [] };
  const received = await ctx.dataSource
    .getRepository(HandoverItemRecord)
    .createQueryBuilder('i')
    .innerJoin(HandoverRecord, 'h', 'h.id = i.handoverId')
    .select('i.category', 'category')
    .addSelect('SUM(i.quantity)', 'quantity')
    .where("h.recipientUnitId = :teamId AND h.status = 'ACTIVE'", { teamId })
    .groupBy('i.category')
    .getRawMany();
  const returned = await ctx.dataSource
    .getRepository(EquipmentEventRecord)
    .createQueryBuilder('v')
    .innerJoin(EquipmentRecord, 'e', 'e.id = v.equipmentId')
    .select('e.category', 'category')
    .addSelect('COUNT(*)', 'quantity')
    .where("v.kind = 'RETURNED' AND v.fromUnitId = :teamId", { teamId })
    .groupBy('e.category')
    .getRawMany();
  const back = new Map(returned.map((r) => [r.category, int(r.quantity)]));
  const holdings = received
    .map((r) => ({ category: r.category, quantity: int(r.quantity) - (back.get(r.category) ?? 0) }))
    .filter((h) => h.quantity > 0);
  const pieces = await ctx.dataSource.getRepository(EquipmentRecord).find({
    where: { teamUnitId: teamId, status: 'HANDED_OVER' },
    order: { category: 'ASC', serial: 'ASC' },
  });
  return { team: { id: team.id }, holdings, pieces: pieces.map(toPiece) };
}

/** The pieces a handover line named, in the line's order (for the printed record's model, serial, value, condition). */
export async function piecesBySerials(ctx: RequestContext, serials: string[]) {
  if (serials.length === 0) return [];
  const rows = await ctx.dataSource
    .getRepository(EquipmentRecord)
    .find({ where: serials.map((s) => ({ serial: s })) });
  return serials
    .map((s) => rows.find((r) => r.serial === s))
    .filter((r): r is EquipmentRecord => !!r)
    .map(toPiece);
}

export async function listMovements(ctx: RequestContext, page: PageArgs, kind?: MovementKindName | null) {
  const query = ctx.dataSource.getRepository(StockMovementRecord).createQueryBuilder('m');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('(m.fromPath LIKE :prefix OR m.toPath LIKE :prefix)', { prefix: `${prefix}%` });
  if (kind) query.andWhere('m.kind = :kind', { kind });
  const connection = await paginate(query, page, [
    { column: 'm.occurredOn', property: 'occurredOn', direction: 'DESC' },
    { column: 'm.id', property: 'id', direction: 'DESC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toMovement) };
}

export async function movementLines(ctx: RequestContext, movementId: string) {
  const rows = await ctx.dataSource
    .getRepository(StockMovementLineRecord)
    .find({ where: { movementId: Number(movementId) }, order: { id: 'ASC' } });
  return rows.map(toMovementLine);
}
