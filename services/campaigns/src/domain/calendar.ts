import { addDays } from '@dx/subgraph-kit';

/** Days from `from` to `to`, both included (1 for the same day); days are 'YYYY-MM-DD' (Vietnam calendar). */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
