import { In, type EntityManager } from 'typeorm';
import {
  assertWithinScope,
  badInput,
  groupBy,
  identityOf,
  loaderFor,
  notFound,
  personInfo,
  rethrowUniqueViolation,
  writeAudit,
  writeEvent,
  type RequestContext,
  numericIds,
} from '@dx/subgraph-kit';
import { AwardReviewerRecord } from '../entities/award-reviewer.entity';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { NominationRecord } from '../entities/nomination.entity';
import type { Assignment } from '../domain/reviewer-assignment';
import type { ReviewerAssignment } from '../schema/types';
import { toAssignment } from './mappers';
import { visibleRound } from './rounds';

/** A round's reviewer assignments (whole round and per nomination), one query per batch of rounds. */
export const assignmentsLoader = (ctx: RequestContext) =>
  loaderFor<ReviewerAssignment[]>(ctx, 'reviewersByRound', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(AwardReviewerRecord)
      .find({ where: { roundId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    return groupBy(rows.map(toAssignment), (a) => a.roundId);
  });

export async function assignmentsOf(manager: EntityManager, roundId: number): Promise<Assignment[]> {
  const rows = await manager.find(AwardReviewerRecord, { where: { roundId } });
  return rows.map((r) => ({
    personId: String(r.personId),
    nominationId: r.nominationId === null ? null : String(r.nominationId),
  }));
}

/** REVIEW_REQUESTED to the reviewers a nomination waits for. */
export async function reviewRequested(
  manager: EntityManager,
  round: AwardRoundRecord,
  personIds: number[],
  nomination?: NominationRecord,
) {
  if (personIds.length === 0) return;
  await writeEvent(manager, {
    type: 'REVIEW_REQUESTED',
    payload: {
      roundId: String(round.id),
      roundTitle: round.title,
      closesAt: round.closesAt,
      nominationId: nomination ? String(nomination.id) : null,
      nomineeName: nomination?.nomineeName ?? null,
      personIds: [...new Set(personIds)].map(String),
      unitPath: round.organizerUnitPath,
    },
  });
}

/** Assigns a committee member to review a whole round, or one of its nominations. */
export async function assignReviewer(
  ctx: RequestContext,
  roundId: string,
  personId: string,
  nominationId: string | null,
): Promise<ReviewerAssignment> {
  const round = await visibleRound(ctx, roundId);
  assertWithinScope(identityOf(ctx), round.organizerUnitPath, 'rounds');
  const person = await personInfo(ctx, personId);
  if (!person) throw notFound('Person', personId, 'personId');
  return ctx.dataSource
    .transaction(async (manager) => {
      let nomination: NominationRecord | null = null;
      if (nominationId) {
        nomination = await manager.findOneBy(NominationRecord, {
          id: Number(nominationId),
          roundId: round.id,
        });
        if (!nomination) throw badInput('That nomination is not in this round.', 'nominationId');
      }
      const saved = await manager.save(
        manager.create(AwardReviewerRecord, {
          roundId: round.id,
          personId: Number(person.id),
          nominationId: nomination?.id ?? null,
          scopeKey: nomination ? `N:${nomination.id}` : 'R',
          personName: person.fullName,
        }),
      );
      await reviewRequested(manager, round, [saved.personId], nomination ?? undefined);
      await writeAudit(manager, ctx, {
        action: 'assignReviewer',
        entityType: 'AwardReviewer',
        entityId: saved.id,
        after: saved,
      });
      return toAssignment(saved);
    })
    .catch(rethrowUniqueViolation(`${person.fullName} is already assigned there.`));
}

export async function unassignReviewer(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.dataSource.transaction(async (manager) => {
    const found = await manager.findOneBy(AwardReviewerRecord, { id: Number(id) });
    if (!found) throw notFound('Reviewer assignment', id);
    const round = await manager.findOneByOrFail(AwardRoundRecord, { id: found.roundId });
    assertWithinScope(identityOf(ctx), round.organizerUnitPath, 'rounds');
    await manager.delete(AwardReviewerRecord, { id: found.id });
    await writeAudit(manager, ctx, {
      action: 'unassignReviewer',
      entityType: 'AwardReviewer',
      entityId: found.id,
      before: found,
    });
    return true;
  });
}
