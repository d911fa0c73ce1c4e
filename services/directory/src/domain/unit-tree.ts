import type { UnitKindName } from '../entities/unit.entity';

/** Which kinds of unit may sit directly under which: the administrative tree of a province. */
const ALLOWED_PARENTS: Record<UnitKindName, (UnitKindName | null)[]> = {
  PROVINCE: [null],
  WARD: ['PROVINCE'],
  COMMUNE: ['PROVINCE'],
  RESIDENTIAL_GROUP: ['WARD', 'COMMUNE'],
  COMMUNITY_TEAM: ['RESIDENTIAL_GROUP', 'WARD', 'COMMUNE'],
  DEPARTMENT: ['PROVINCE', 'WARD', 'COMMUNE'],
};

/** null when the placement is allowed, otherwise the reason it is not. */
export function placementProblem(kind: UnitKindName, parentKind: UnitKindName | null): string | null {
  const allowed = ALLOWED_PARENTS[kind];
  if (allowed.includes(parentKind)) return null;
  if (parentKind === null)
    return `A ${label(kind)} must belong to a ${allowed
      .filter(Boolean)
      .map((k) => label(k!))
      .join(' or ')}.`;
  if (allowed.includes(null)) return `A ${label(kind)} is the top of the tree and has no parent unit.`;
  return `A ${label(kind)} cannot be placed under a ${label(parentKind)}; it belongs under a ${allowed.map((k) => label(k!)).join(' or ')}.`;
}

function label(kind: UnitKindName): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}
