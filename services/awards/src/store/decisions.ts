import {
  DomainError,
  assertWithinScope,
  badInput,
  conflict,
  identityOf,
  writeAudit,
  type RequestContext,
  today,
} from '@dx/subgraph-kit';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { NominationRecord } from '../entities/nomination.entity';
import { stepProblem } from '../domain/nomination-status';
import { quotaProblem } from '../domain/quota';
import { decisionProblem } from '../domain/decision-rules';
import type { Nomination } from '../schema/types';
import { toNomination } from './mappers';
import { nominationInScope } from './nominations';

export interface DecisionInput {
  approved: boolean;
  decisionNo?: string | null;
  decidedOn?: string | null;
}

/**
 * Approving moves the round's counter with one conditional UPDATE (`... WHERE approved < quota`):
 * the database decides between concurrent approvals, so the quota holds on MariaDB and SQLite alike.
 */
export async function decideNomination(
  ctx: RequestContext,
  id: string,
  input: DecisionInput,
): Promise<Nomination> {
  const decisionNo = input.decisionNo?.trim() || null;
  if (input.approved && !decisionNo)
    throw badInput('Give the number of the commendation decision, e.g. 215/QĐ-UBND.', 'decisionNo');
  if (decisionNo && decisionNo.length > 80)
    throw badInput('A decision number may have at most 80 characters.', 'decisionNo');
  const decidedOn = input.decidedOn ?? today();
  const status = input.approved ? 'APPROVED' : 'REJECTED';

  return ctx.dataSource.transaction(async (manager) => {
    const before = await nominationInScope(ctx, manager, id);
    const round = await manager.findOneByOrFail(AwardRoundRecord, { id: before.roundId });
    assertWithinScope(identityOf(ctx), round.organizerUnitPath, 'rounds');
    const problem = stepProblem('decide', before.status);
    if (problem) throw conflict(problem);
    const premature = decisionProblem({ round, reviewCount: before.reviewCount }, today());
    if (premature)
      throw new DomainError(premature.code, premature.message, {
        params: { closesAt: round.closesAt, minReviews: round.minReviews, reviews: before.reviewCount },
      });
    const moved = await manager
      .createQueryBuilder()
      .update(NominationRecord)
      .set({ status, decisionNo, decidedOn, version: () => 'version + 1' })
      .where('id = :id AND status = :submitted', { id: before.id, submitted: 'SUBMITTED' })
      .execute();
    if (!moved.affected) throw conflict('Someone else decided this nomination a moment ago; reload it.');
    if (input.approved) {
      const counter = before.kind === 'COLLECTIVE' ? 'approvedCollectives' : 'approvedIndividuals';
      const quota = before.kind === 'COLLECTIVE' ? 'collectiveQuota' : 'individualQuota';
      const counted = await manager
        .createQueryBuilder()
        .update(AwardRoundRecord)
        .set({ [counter]: () => `${counter} + 1` })
        .where(`id = :id AND (${quota} IS NULL OR ${counter} < ${quota})`, { id: round.id })
        .execute();
      if (!counted.affected) {
        const current = await manager.findOneByOrFail(AwardRoundRecord, { id: round.id });
        throw new DomainError(
          'QUOTA_EXCEEDED',
          quotaProblem(current, before.kind) ?? 'This round has reached its quota.',
        );
      }
    }
    const after = await manager.findOneByOrFail(NominationRecord, { id: before.id });
    await writeAudit(manager, ctx, {
      action: 'decideNomination',
      entityType: 'Nomination',
      entityId: id,
      before,
      after,
    });
    return toNomination(after);
  });
}
