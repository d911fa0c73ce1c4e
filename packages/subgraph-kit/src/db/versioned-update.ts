import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { staleVersion } from '../errors';

/**
 * Compare-and-swap on the `version` column: the row changes only if nobody changed it since the
 * caller read `expectedVersion`. TypeORM's @VersionColumn does not guard save(), so this is the
 * one way editable records are updated.
 */
export async function updateAtVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string | number,
  expectedVersion: number,
  changes: Partial<T>,
  what: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (!result.affected) throw staleVersion(what);
}
