import type { ItemCategoryName } from './categories';

export const EQUIPMENT_STATUSES = ['IN_STORE', 'HANDED_OVER', 'WRITTEN_OFF', 'VOIDED'] as const;
export type EquipmentStatusName = (typeof EQUIPMENT_STATUSES)[number];

export const EQUIPMENT_EVENT_KINDS = [
  'RECEIVED',
  'TRANSFERRED',
  'HANDED_OVER',
  'HANDOVER_VOIDED',
  'RETURNED',
  'WRITTEN_OFF',
  'DONATION_VOIDED',
] as const;
export type EquipmentEventKindName = (typeof EQUIPMENT_EVENT_KINDS)[number];

/** Serials compare without case or surrounding spaces: "ln-mt-001 " and "LN-MT-001" are one piece. */
export const serialKey = (serial: string) => serial.trim().toUpperCase();

/** A line's value shared over its pieces, in whole đồng (the remainder goes to the first pieces). */
export function valuePerPiece(
  lineValue: number | null | undefined,
  quantity: number,
  index: number,
): number | null {
  if (lineValue === null || lineValue === undefined || quantity < 1) return null;
  const base = Math.floor(lineValue / quantity);
  return base + (index < lineValue - base * quantity ? 1 : 0);
}

export interface StorePosition {
  category: ItemCategoryName;
  /** the stock row's available count after the move */
  available: number;
  /** pieces with serials still in the store after the move */
  tracked: number;
}

/**
 * Items without serials are counted, pieces with serials are named. After a move a store must still
 * hold at least as many items as it has named pieces; otherwise the move took a piece without saying
 * which one, and the desk has to pick its serial. Returns the categories that fail.
 */
export function unpickedPieces(positions: readonly StorePosition[]): StorePosition[] {
  return positions.filter((p) => p.available < p.tracked);
}

/** Serials asked for that did not move (not in that place any more): a piece is never in two places. */
export function missingSerials(asked: readonly string[], moved: readonly string[]): string[] {
  const done = new Set(moved.map(serialKey));
  return asked.filter((s) => !done.has(serialKey(s)));
}
