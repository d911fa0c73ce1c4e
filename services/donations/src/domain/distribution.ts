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
