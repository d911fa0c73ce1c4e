import type { Role } from '@dx/graphql-client';

export type DeskName = 'directory' | 'tasks' | 'training' | 'donations' | 'awards' | 'campaigns';

export interface Desk {
  name: DeskName;
  /** Roles that see the desk; ADMIN sees every desk. */
  roles: Role[];
}

export const DESKS: Desk[] = [
  { name: 'tasks', roles: ['SECRETARIAT', 'COMMITTEE_MEMBER', 'VIEWER'] },
  { name: 'training', roles: ['TRAINING_COORDINATOR', 'VIEWER'] },
  { name: 'donations', roles: ['DONATIONS_OFFICER', 'VIEWER'] },
  { name: 'awards', roles: ['AWARD_COMMITTEE', 'VIEWER'] },
  { name: 'campaigns', roles: ['SECRETARIAT', 'COMMITTEE_MEMBER', 'VIEWER'] },
  { name: 'directory', roles: ['ADMIN'] },
];

/** Desks this account may use among those deployed (listed in /remotes.json). */
export function visibleDesks(roles: readonly Role[], deployed: readonly string[]): Desk[] {
  return DESKS.filter(
    (desk) =>
      deployed.includes(desk.name) && (roles.includes('ADMIN') || desk.roles.some((r) => roles.includes(r))),
  );
}
