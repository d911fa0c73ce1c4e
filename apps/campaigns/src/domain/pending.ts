/**
 * Quick entry works on a weak phone signal: a figure that could not be sent is kept on the device
 * (localStorage) and sent again later. One entry per (campaign, day, unit, metric); the latest value wins.
 */
export interface PendingEntry {
  campaignId: string;
  day: string;
  unitId: string;
  metricCode: string;
  value: number;
  /** Set when a figure of that day already exists and the entry corrects it. */
  tallyId?: string | null;
  version?: number | null;
}

export const PENDING_KEY = 'dx.campaigns.pending';

const keyOf = (e: PendingEntry) => `${e.campaignId}|${e.day}|${e.unitId}|${e.metricCode}`;

export function withEntry(list: PendingEntry[], entry: PendingEntry): PendingEntry[] {
  return [...list.filter((e) => keyOf(e) !== keyOf(entry)), entry];
}

export function withoutEntry(list: PendingEntry[], entry: PendingEntry): PendingEntry[] {
  return list.filter((e) => keyOf(e) !== keyOf(entry));
}

export function readPending(storage: Pick<Storage, 'getItem'> = localStorage): PendingEntry[] {
  try {
    const parsed = JSON.parse(storage.getItem(PENDING_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as PendingEntry[]) : [];
  } catch {
    return [];
  }
}

export function writePending(
  list: PendingEntry[],
  storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage,
): void {
  if (list.length === 0) storage.removeItem(PENDING_KEY);
  else storage.setItem(PENDING_KEY, JSON.stringify(list));
}
