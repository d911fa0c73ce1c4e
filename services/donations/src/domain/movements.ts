export const MOVEMENT_KINDS = ['TRANSFER', 'WRITE_OFF', 'RETURN'] as const;
export type MovementKindName = (typeof MOVEMENT_KINDS)[number];

/** Why items leave the stock without going to a team: broken, lost, or returned to the donor. */
export const WRITE_OFF_REASONS = ['BROKEN', 'LOST', 'RETURNED_TO_DONOR'] as const;
export type WriteOffReasonName = (typeof WRITE_OFF_REASONS)[number];

/** Each kind of record has its own yearly series: PX-2026-0001 (phiếu xuất/transfer), TL-... (thanh lý), TH-... (thu hồi). */
export const SERIES: Record<MovementKindName, string> = { TRANSFER: 'PX', WRITE_OFF: 'TL', RETURN: 'TH' };

export function formatDocumentNo(series: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`A sequence starts at 1, got ${sequence}`);
  return `${series}-${year}-${String(sequence).padStart(4, '0')}`;
}
