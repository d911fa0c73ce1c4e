import type { ItemCategoryName } from './categories';
import { shortages, totalsByCategory, type Quantity, type Shortage } from './stock';

export interface TeamRecipient {
  unitId: string;
  receivedById?: string | null;
}

export interface DistributionPlan {
  handovers: { recipient: TeamRecipient; items: Quantity[] }[];
  totals: Quantity[];
}

export type PlanResult =
  | { plan: DistributionPlan }
  | { problem: 'NO_TEAMS' | 'DUPLICATE_TEAM' | 'NO_ITEMS'; detail?: string }
  | { shortages: Shortage[] };

/**
 * "One of each to every team": the same items to each listed team, one handover per team. The plan
 * is all or nothing, so it is refused as a whole when the stock cannot cover every team.
 */
export function planDistribution(
  teams: readonly TeamRecipient[],
  itemsPerTeam: readonly Quantity[],
  available: ReadonlyMap<ItemCategoryName, number>,
): PlanResult {
  if (teams.length === 0) return { problem: 'NO_TEAMS' };
  const seen = new Set<string>();
  for (const team of teams) {
    if (seen.has(team.unitId)) return { problem: 'DUPLICATE_TEAM', detail: team.unitId };
    seen.add(team.unitId);
  }
  const perTeam = totalsByCategory(itemsPerTeam);
  if (perTeam.length === 0) return { problem: 'NO_ITEMS' };
  const totals = perTeam.map((line) => ({ category: line.category, quantity: line.quantity * teams.length }));
  const missing = shortages(totals, available);
  if (missing.length) return { shortages: missing };
  return { plan: { handovers: teams.map((recipient) => ({ recipient, items: perTeam })), totals } };
}

export type SerialSortResult =
  | { perTeam: Map<ItemCategoryName, string[]>[] }
  | { problem: 'PICKED_TWICE' | 'UNKNOWN_SERIAL' | 'NOT_RECEIVED'; serial: string; team: number };

/**
 * Sorts the serials picked for each team into the categories the teams receive. Each piece goes to one
 * team; a serial no piece has, or of a category the teams do not receive, is a problem to show.
 * `categoryOf` is keyed by the serial's key (trimmed, upper-case).
 */
export function sortSerialsPerTeam(
  picked: readonly (readonly string[])[],
  categoryOf: ReadonlyMap<string, ItemCategoryName>,
  received: readonly ItemCategoryName[],
): SerialSortResult {
  const seen = new Set<string>();
  const perTeam: Map<ItemCategoryName, string[]>[] = [];
  for (const [team, serials] of picked.entries()) {
    const lines = new Map<ItemCategoryName, string[]>();
    for (const serial of serials) {
      const key = serial.trim().toUpperCase();
      if (seen.has(key)) return { problem: 'PICKED_TWICE', serial, team };
      seen.add(key);
      const category = categoryOf.get(key);
      if (!category) return { problem: 'UNKNOWN_SERIAL', serial, team };
      if (!received.includes(category)) return { problem: 'NOT_RECEIVED', serial, team };
      lines.set(category, [...(lines.get(category) ?? []), serial.trim()]);
    }
    perTeam.push(lines);
  }
  return { perTeam };
}
