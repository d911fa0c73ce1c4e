import {
  DomainError,
  assertWithinScope,
  badInput,
  conflict,
  forbidden,
  forUpdate,
  identityOf,
  personInfo,
  rethrowUniqueViolation,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { AwardCriterionRecord } from '../entities/award-criterion.entity';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { NominationRecord } from '../entities/nomination.entity';
import { ReviewRecord } from '../entities/review.entity';
import { conflictOfInterest, nominatorConflict } from '../domain/conflict-of-interest';
import { assignmentProblem } from '../domain/reviewer-assignment';
import { assignmentsOf } from './reviewers';
import { stepProblem } from '../domain/nomination-status';
import {
  averageScore,
  criterionScoresProblem,
  reviewScore,
  scoreProblem,
  toHundredths,
  MAX_SCORE,
  MIN_SCORE,
  type CriterionScore,
} from '../domain/scoring';
import type { Nomination } from '../schema/types';
import { toNomination } from './mappers';
import { nominationInScope } from './nominations';

export interface ReviewInput {
  score: number;
  comment?: string | null;
  criterionScores?: CriterionScore[] | null;
}

/** The reviewer is the person behind the signed-in account, with their unit from the directory. */
async function currentReviewer(ctx: RequestContext) {
  const identity = identityOf(ctx);
  const person = identity.personId ? await personInfo(ctx, identity.personId) : null;
  if (!person)
    throw forbidden(
      'Your account is not linked to a person in the directory, so it cannot review; ask an administrator to link it.',
    );
  return { personId: person.id, unitId: person.unit.id, accountId: identity.accountId };
}

/** Locks the nomination for the rest of the transaction, so concurrent reviews recompute the average one after another. */
async function lockedNomination(ctx: RequestContext, manager: EntityManager, id: string) {
  const nomination = await nominationInScope(ctx, manager, id);
  await forUpdate(
    manager.createQueryBuilder(NominationRecord, 'n').where('n.id = :id', { id: nomination.id }),
  ).getOne();
  const round = await manager.findOneByOrFail(AwardRoundRecord, { id: nomination.roundId });
  assertWithinScope(identityOf(ctx), round.organizerUnitPath, 'rounds');
  const fresh = await manager.findOneByOrFail(NominationRecord, { id: nomination.id });
  const problem = stepProblem('review', fresh.status);
  if (problem) throw conflict(problem);
  return fresh;
}

async function saveReviewRow(
  manager: EntityManager,
  nominationId: number,
  reviewerPersonId: number,
  changes: Partial<ReviewRecord>,
) {
  const existing = await manager.findOneBy(ReviewRecord, { nominationId, reviewerPersonId });
  if (existing) {
    await manager.update(ReviewRecord, existing.id, { ...changes, version: existing.version + 1 });
  } else {
    await manager
      .insert(ReviewRecord, { nominationId, reviewerPersonId, ...changes })
      .catch(rethrowUniqueViolation('You saved this review twice at the same moment; reload and check it.'));
  }
  return {
    before: existing,
    after: await manager.findOneByOrFail(ReviewRecord, { nominationId, reviewerPersonId }),
  };
}

async function refreshAverage(
  manager: EntityManager,
  nomination: NominationRecord,
): Promise<NominationRecord> {
  const rows = await manager.findBy(ReviewRecord, { nominationId: nomination.id, recused: false });
  const average = averageScore(rows.map((r) => (r.weightedScoreHundredths ?? 0) / 100));
  await manager.update(NominationRecord, nomination.id, {
    reviewCount: rows.length,
    scoreHundredths: average === null ? 0 : toHundredths(average),
  });
  return manager.findOneByOrFail(NominationRecord, { id: nomination.id });
}

export async function reviewNomination(
  ctx: RequestContext,
  id: string,
  input: ReviewInput,
): Promise<Nomination> {
  const problem = scoreProblem(input.score);
  if (problem)
    throw badInput(problem, 'score', 'errors.scoreOutOfRange', {
      min: MIN_SCORE,
      max: MAX_SCORE,
      given: input.score,
    });
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 2000)
    throw badInput('A comment may have at most 2000 characters.', 'comment');
  const reviewer = await currentReviewer(ctx);
  return ctx.dataSource.transaction(async (manager) => {
    const nomination = await lockedNomination(ctx, manager, id);
    const nominatedIt = nominatorConflict(reviewer, {
      accountId: nomination.nominatedByAccountId === null ? null : String(nomination.nominatedByAccountId),
      personId: nomination.nominatedByPersonId === null ? null : String(nomination.nominatedByPersonId),
    });
    if (nominatedIt)
      throw new DomainError('CONFLICT_OF_INTEREST', nominatedIt, { messageKey: 'errors.conflictOfInterest' });
    const unassigned = assignmentProblem(
      await assignmentsOf(manager, nomination.roundId),
      reviewer.personId,
      String(nomination.id),
    );
    if (unassigned) throw forbidden(unassigned, {}, 'errors.notAssignedReviewer');
    const conflicted = conflictOfInterest(reviewer, {
      personId: nomination.nomineePersonId === null ? null : String(nomination.nomineePersonId),
      homeUnitId: String(nomination.nomineeHomeUnitId),
    });
    if (conflicted) throw new DomainError('CONFLICT_OF_INTEREST', conflicted);
    const criteria = (
      await manager.find(AwardCriterionRecord, {
        where: { roundId: nomination.roundId },
        order: { position: 'ASC' },
      })
    ).map((c) => ({ id: String(c.id), name: c.name, weight: c.weight }));
    const criterionScores = (input.criterionScores ?? []).map((s) => ({
      criterionId: String(s.criterionId),
      score: s.score,
    }));
    const criteriaProblem = criterionScoresProblem(criteria, criterionScores);
    if (criteriaProblem) throw badInput(criteriaProblem, 'criterionScores');
    const weighted = reviewScore(input.score, criteria, criterionScores);
    const { before, after } = await saveReviewRow(manager, nomination.id, Number(reviewer.personId), {
      recused: false,
      recusalReason: null,
      score: input.score,
      criterionScores: criteria.length ? criterionScores : null,
      weightedScoreHundredths: toHundredths(weighted),
      comment,
    });
    const updated = await refreshAverage(manager, nomination);
    await writeAudit(manager, ctx, {
      action: 'reviewNomination',
      entityType: 'Review',
      entityId: after.id,
      before: before ?? undefined,
      after,
    });
    return toNomination(updated);
  });
}

export async function recuseFromNomination(
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<Nomination> {
  const why = reason.trim();
  if (why.length < 5) throw badInput('Say in a few words why you step aside from this nomination.', 'reason');
  if (why.length > 1000) throw badInput('A reason may have at most 1000 characters.', 'reason');
  const reviewer = await currentReviewer(ctx);
  return ctx.dataSource.transaction(async (manager) => {
    const nomination = await lockedNomination(ctx, manager, id);
    const { before, after } = await saveReviewRow(manager, nomination.id, Number(reviewer.personId), {
      recused: true,
      recusalReason: why,
      score: null,
      criterionScores: null,
      weightedScoreHundredths: null,
      comment: null,
    });
    const updated = await refreshAverage(manager, nomination);
    await writeAudit(manager, ctx, {
      action: 'recuseFromNomination',
      entityType: 'Review',
      entityId: after.id,
      before: before ?? undefined,
      after,
    });
    return toNomination(updated);
  });
}
