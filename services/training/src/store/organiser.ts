import {
  assertWithinScope,
  encodeUnitPath,
  identityOf,
  requireUnit,
  type RequestContext,
} from '@dx/subgraph-kit';

export interface Organiser {
  unitId: number | null;
  unitPath: string;
}

/** The unit that runs a course: the one named, else the caller's own; '/' (everyone) for a whole-tree admin. */
export async function resolveOrganiser(
  ctx: RequestContext,
  unitId: string | null | undefined,
): Promise<Organiser> {
  const identity = identityOf(ctx);
  const id = unitId ?? identity.scopeUnitId;
  if (!id) return { unitId: null, unitPath: '/' };
  const unit = await requireUnit(ctx, id, 'unitId');
  const unitPath = encodeUnitPath(unit.path);
  assertWithinScope(identity, unitPath, 'courses');
  return { unitId: Number(unit.id), unitPath };
}
