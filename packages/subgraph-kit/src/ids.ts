/**
 * GraphQL ids are strings; the tables' keys are integers. `numericIds` keeps the ids that can be
 * keys (for `In(...)` in a loader; the others can match no row); `toId` is the way back.
 */
export const numericIds = (ids: readonly string[]): number[] =>
  ids
    .filter((id) => /^\d+$/.test(id))
    .map(Number)
    .filter((id) => Number.isSafeInteger(id));

/** The GraphQL id of a key; null and undefined stay null. */
export function toId(key: number | string): string;
export function toId(key: number | string | null | undefined): string | null;
export function toId(key: number | string | null | undefined): string | null {
  return key === null || key === undefined ? null : String(key);
}

/** A trimmed text, or null when nothing is left: for optional free-text fields. */
export const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};
