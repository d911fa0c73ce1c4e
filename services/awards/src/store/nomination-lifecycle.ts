import { badInput, conflict, writeAudit, writeEvent, type RequestContext } from '@dx/subgraph-kit';
import { NominationRecord } from '../entities/nomination.entity';
import { stepProblem, type NominationStatusName } from '../domain/nomination-status';
import type { Nomination } from '../schema/types';
import { toNomination } from './mappers';
import { nominationInScope } from './nominations';

function cleanReason(reason: string): string {
  const why = reason.trim();
  if (why.length < 5) throw badInput('Say in a few words why.', 'reason');
  if (why.length > 1000) throw badInput('A reason may have at most 1000 characters.', 'reason');
  return why;
}

async function move(
  ctx: RequestContext,
  id: string,
  step: 'withdraw' | 'return',
  reason: string,
): Promise<Nomination> {
  const why = cleanReason(reason);
  const status: NominationStatusName = step === 'withdraw' ? 'WITHDRAWN' : 'DRAFT';
  return ctx.dataSource.transaction(async (manager) => {
    const before = await nominationInScope(ctx, manager, id);
    const problem = stepProblem(step, before.status);
    if (problem) throw conflict(problem);
    const moved = await manager
      .createQueryBuilder()
      .update(NominationRecord)
      .set({ status, statusReason: why, version: () => 'version + 1' })
      .where('id = :id AND status = :status', { id: before.id, status: before.status })
      .execute();
    if (!moved.affected) throw conflict('Someone else changed this nomination a moment ago; reload it.');
    const after = await manager.findOneByOrFail(NominationRecord, { id: before.id });
    if (step === 'return' && before.nominatedByPersonId !== null) {
      await writeEvent(manager, {
        type: 'NOMINATION_RETURNED',
        payload: {
          nominationId: String(before.id),
          roundId: String(before.roundId),
          nomineeName: before.nomineeName,
          reason: why,
          personIds: [String(before.nominatedByPersonId)],
        },
      });
    }
    const action = step === 'withdraw' ? 'withdrawNomination' : 'returnNomination';
    await writeAudit(manager, ctx, {
      action,
      entityType: 'Nomination',
      entityId: id,
      before,
      after: { ...after, reason: why },
    });
    return toNomination(after);
  });
}

/** The nominator takes a draft or a submitted nomination back, with the reason. */
export const withdrawNomination = (ctx: RequestContext, id: string, reason: string) =>
  move(ctx, id, 'withdraw', reason);

/** The committee sends a submitted nomination back to DRAFT for revision; the nominator is told why. */
export const returnNomination = (ctx: RequestContext, id: string, reason: string) =>
  move(ctx, id, 'return', reason);
