import { In, type EntityManager } from 'typeorm';
import type { ItemCategoryName } from '../domain/categories';
import {
  missingSerials,
  serialKey,
  unpickedPieces,
  type EquipmentEventKindName,
  type EquipmentStatusName,
} from '../domain/equipment';
import { EquipmentRecord } from '../entities/equipment.entity';
import { EquipmentEventRecord } from '../entities/equipment-event.entity';
import { StockRecord } from '../entities/stock.entity';
import { refusal } from './refusals';

export interface Place {
  status: EquipmentStatusName;
  /** the store for IN_STORE */
  holderPath?: string;
  /** the team for HANDED_OVER */
  teamUnitId?: number;
  handoverId?: number;
}

export interface Move {
  serials: string[];
  category?: ItemCategoryName;
  from: Place;
  to: Partial<EquipmentRecord>;
  event: {
    kind: EquipmentEventKindName;
    occurredOn: string;
    fromUnitId: number | null;
    toUnitId: number | null;
    documentNo: string | null;
    reason?: string | null;
  };
  recordedBy: string | null;
  /** what to call the place in a refusal, e.g. "Phường Lĩnh Nam" */
  placeName: string;
}

/**
 * Moves named pieces from one place to another with one conditional update: a piece moves only if it
 * is still where the caller says, so two writers racing for one serial cannot both move it. Refuses
 * (SERIAL_NOT_AVAILABLE) with the serials that were not there; the caller's transaction rolls back.
 */
export async function movePieces(manager: EntityManager, move: Move): Promise<EquipmentRecord[]> {
  if (move.serials.length === 0) return [];
  const keys = move.serials.map(serialKey);
  const where: Record<string, unknown> = { serialKey: In(keys), status: move.from.status };
  if (move.category) where.category = move.category;
  if (move.from.holderPath !== undefined) where.holderPath = move.from.holderPath;
  if (move.from.teamUnitId !== undefined) where.teamUnitId = move.from.teamUnitId;
  if (move.from.handoverId !== undefined) where.handoverId = move.from.handoverId;
  const result = await manager.getRepository(EquipmentRecord).update(where, move.to);
  const moved = await manager.getRepository(EquipmentRecord).findBy({ serialKey: In(keys) });
  if ((result.affected ?? 0) !== keys.length) {
    const here = moved
      .filter((p) =>
        Object.entries(move.to).every(([k, v]) => (p as unknown as Record<string, unknown>)[k] === v),
      )
      .map((p) => p.serial);
    const missing = missingSerials(move.serials, here);
    throw refusal(
      'SERIAL_NOT_AVAILABLE',
      'errors.serialNotAvailable',
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not ${move.from.status === 'IN_STORE' ? 'in the store of' : 'with'} ${move.placeName}${move.category ? ` as ${move.category}` : ''}. Pick serials from what is there.`,
      { serials: missing, place: move.placeName },
    );
  }
  await writeEvents(manager, moved, move.event, move.recordedBy);
  return moved;
}

export async function writeEvents(
  manager: EntityManager,
  pieces: EquipmentRecord[],
  event: Move['event'],
  recordedBy: string | null,
) {
  if (pieces.length === 0) return;
  await manager
    .getRepository(EquipmentEventRecord)
    .insert(pieces.map((p) => ({ equipmentId: p.id, reason: null, ...event, recordedBy })));
}

/**
 * After a move, each store row touched must still hold at least as many items as named pieces: an
 * item that left without a serial may not be one that has a serial. SERIALS_REQUIRED otherwise.
 */
export async function assertPiecesPicked(
  manager: EntityManager,
  holderPath: string,
  categories: ItemCategoryName[],
  placeName: string,
) {
  if (categories.length === 0) return;
  const rows = await manager.getRepository(StockRecord).findBy({ holderPath, category: In(categories) });
  const counts = await manager
    .getRepository(EquipmentRecord)
    .createQueryBuilder('e')
    .select('e.category', 'category')
    .addSelect('COUNT(*)', 'tracked')
    .where("e.holderPath = :holderPath AND e.status = 'IN_STORE'", { holderPath })
    .andWhere('e.category IN (:...categories)', { categories })
    .groupBy('e.category')
    .getRawMany<{ category: ItemCategoryName; tracked: string | number }>();
  const tracked = new Map(counts.map((c) => [c.category, Number(c.tracked)]));
  const failing = unpickedPieces(
    rows.map((r) => ({
      category: r.category,
      available: r.available,
      tracked: tracked.get(r.category) ?? 0,
    })),
  );
  if (failing.length) {
    const what = failing.map((f) => f.category).join(', ');
    throw refusal(
      'SERIALS_REQUIRED',
      'errors.serialsRequired',
      `The ${what} at ${placeName} have serial numbers: pick which ones leave.`,
      { categories: failing.map((f) => f.category), place: placeName },
      'items',
    );
  }
}
