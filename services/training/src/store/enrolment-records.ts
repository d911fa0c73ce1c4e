import type { EntityManager } from 'typeorm';
import { assertWithinScope, conflict, identityOf, notFound, type RequestContext } from '@dx/subgraph-kit';
import { EnrolmentRecord } from '../entities/enrolment.entity';

/** An enrolment of a person inside the caller's scope, or NOT_FOUND / FORBIDDEN. */
export async function enrolmentInScope(
  manager: EntityManager,
  ctx: RequestContext,
  id: string,
): Promise<EnrolmentRecord> {
  const enrolment = await manager.getRepository(EnrolmentRecord).findOneBy({ id: Number(id) });
  if (!enrolment) throw notFound('Enrolment', id);
  assertWithinScope(identityOf(ctx), enrolment.unitPath, 'enrolments of people');
  return enrolment;
}

/** Changes an enrolment only if its status is still the one the rule was checked against. */
export async function transition(
  manager: EntityManager,
  before: EnrolmentRecord,
  changes: Partial<EnrolmentRecord>,
): Promise<EnrolmentRecord> {
  const result = await manager
    .createQueryBuilder()
    .update(EnrolmentRecord)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND status = :status', { id: before.id, status: before.status })
    .execute();
  if (!result.affected)
    throw conflict('This enrolment was changed by someone else just now. Reload it and try again.');
  return manager.getRepository(EnrolmentRecord).findOneByOrFail({ id: before.id });
}
