/**
 * Who a person is for the training targets ("100% of civil servants", "100% of community-team
 * members") and the mobile digital-literacy points' priority groups. The training subgraph declares
 * the same enums (federation needs them identical): keep the lists in step.
 */
export const PERSON_CATEGORIES = [
  'CADRE',
  'CIVIL_SERVANT',
  'PUBLIC_EMPLOYEE',
  'WORKER',
  'COMMUNITY_TEAM_MEMBER',
  'RESIDENT',
] as const;
export type PersonCategoryName = (typeof PERSON_CATEGORIES)[number];

export const PRIORITY_GROUPS = ['ELDERLY', 'DISABLED', 'POOR_HOUSEHOLD'] as const;
export type PriorityGroupName = (typeof PRIORITY_GROUPS)[number];

/** Stored as one column, "DISABLED,ELDERLY": each group once, in the list's order. */
export function encodePriorityGroups(groups: readonly PriorityGroupName[] | null | undefined): string {
  const chosen = new Set(groups ?? []);
  return PRIORITY_GROUPS.filter((g) => chosen.has(g)).join(',');
}

export function decodePriorityGroups(stored: string | null | undefined): PriorityGroupName[] {
  const known = new Set<string>(PRIORITY_GROUPS);
  return (stored ?? '').split(',').filter((g): g is PriorityGroupName => known.has(g));
}
