/**
 * Handover records (biên bản bàn giao) are numbered per calendar year: BB-2026-0001, BB-2026-0002...
 * The year is the handover's own date, so a record dated in December keeps that year's series.
 */
export const RECORD_PREFIX = 'BB';

export function recordYear(handedOverAt: string): number {
  const year = Number(handedOverAt.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900) throw new Error(`Not a calendar date: ${handedOverAt}`);
  return year;
}

export function formatRecordNo(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new Error(`A record sequence starts at 1, got ${sequence}`);
  return `${RECORD_PREFIX}-${year}-${String(sequence).padStart(4, '0')}`;
}

export function parseRecordNo(recordNo: string): { year: number; sequence: number } | null {
  const match = /^BB-(\d{4})-(\d{4,})$/.exec(recordNo);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null;
}
