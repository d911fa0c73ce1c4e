import { isWithinScope, type Identity } from '@dx/subgraph-kit';

/** A task is seen by callers whose scope holds its unit, and always by the person it is assigned to. */
export function canSeeTask(
  identity: Identity,
  task: { unitPath: string; assigneeId: string | number },
): boolean {
  return (
    isWithinScope(identity, task.unitPath) ||
    (identity.personId !== null && String(task.assigneeId) === String(identity.personId))
  );
}
