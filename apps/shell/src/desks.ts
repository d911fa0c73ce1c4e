import type { Role } from '@dx/graphql-client';
import { DESKS as MANIFEST_DESKS, type DeskName } from '@dx/suite-manifest';

export type { DeskName };

export interface Desk {
  name: DeskName;
  /** Roles that see the desk; ADMIN sees every desk. */
  roles: readonly Role[];
}

const adminOnly = (desk: Desk) => desk.roles.length === 1 && desk.roles[0] === 'ADMIN';

/** The suite manifest's desks in navigation order: the desks for ADMIN only come last. */
const ALL: Desk[] = MANIFEST_DESKS.map((desk) => ({
  name: desk.name,
  roles: desk.roles satisfies readonly Role[],
}));
export const DESKS: Desk[] = [...ALL.filter((d) => !adminOnly(d)), ...ALL.filter(adminOnly)];

/** Desks this account may use among those deployed (listed in /remotes.json). */
export function visibleDesks(roles: readonly Role[], deployed: readonly string[]): Desk[] {
  return DESKS.filter(
    (desk) =>
      deployed.includes(desk.name) && (roles.includes('ADMIN') || desk.roles.some((r) => roles.includes(r))),
  );
}
