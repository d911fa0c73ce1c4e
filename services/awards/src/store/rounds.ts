import {
  assertWithinScope,
  badInput,
  conflict,
  staleVersion,
  encodeUnitPath,
  identityOf,
  notFound,
  requireUnit,
  writeAudit,
  type RequestContext,
  today,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { forUpdate } from '@dx/subgraph-kit';
import { AwardCriterionRecord } from '../entities/award-criterion.entity';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { roundDatesProblem, roundPhase } from '../domain/round-window';
import { minReviewsProblem } from '../domain/decision-rules';
import { criteriaProblem } from '../domain/scoring';
import type { CreateAwardRoundInput, UpdateAwardRoundInput } from '../schema/inputs';
import type { AwardRound } from '../schema/types';
import { toRound } from './mappers';
import { isRoundVisible } from './scope';

export async function createRound(ctx: RequestContext, input: CreateAwardRoundInput): Promise<AwardRound> {
  const identity = identityOf(ctx);
  const title = input.title.trim();
  if (title.length < 3) throw badInput('Give the round a title of at least 3 characters.', 'title');
  const datesProblem = roundDatesProblem(input);
  if (datesProblem) throw badInput(datesProblem, 'closesAt');
  const criteria = (input.criteria ?? []).map((c) => ({ name: c.name.trim(), weight: c.weight }));
  const problem = criteriaProblem(criteria);
  if (problem) throw badInput(problem, 'criteria');
  const minReviews = input.minReviews ?? 1;
  const reviewsProblem = minReviewsProblem(minReviews);
  if (reviewsProblem) throw badInput(reviewsProblem, 'minReviews');
  const organizerId = input.organizerUnitId ?? identity.scopeUnitId;
  if (!organizerId) throw badInput('Choose the unit whose committee runs this round.', 'organizerUnitId');
  const organizer = await requireUnit(ctx, organizerId, 'organizerUnitId');
  const organizerUnitPath = encodeUnitPath(organizer.path);
  assertWithinScope(identity, organizerUnitPath, 'rounds');

  return ctx.dataSource.transaction(async (manager) => {
    const saved = await manager.save(
      manager.create(AwardRoundRecord, {
        title,
        occasion: input.occasion?.trim() || null,
        organizerUnitId: Number(organizer.id),
        organizerUnitPath,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        collectiveQuota: input.collectiveQuota ?? null,
        individualQuota: input.individualQuota ?? null,
        minReviews,
        awardKind: input.awardKind ?? 'GIAY_KHEN',
        ...awardForm(input),
      }),
    );
    const savedCriteria = await manager.save(
      criteria.map((c, position) =>
        manager.create(AwardCriterionRecord, { roundId: saved.id, name: c.name, weight: c.weight, position }),
      ),
    );
    await writeAudit(manager, ctx, {
      action: 'createAwardRound',
      entityType: 'AwardRound',
      entityId: saved.id,
      after: { ...saved, criteria: savedCriteria },
    });
    return toRound(saved);
  });
}

/** A round the caller may see, or NOT_FOUND (rounds outside one's area are not confirmed to exist). */
export async function visibleRound(ctx: RequestContext, id: string): Promise<AwardRoundRecord> {
  const round = Number.isInteger(Number(id))
    ? await ctx.dataSource.getRepository(AwardRoundRecord).findOneBy({ id: Number(id) })
    : null;
  if (!round || !isRoundVisible(identityOf(ctx), round.organizerUnitPath)) throw notFound('Award round', id);
  return round;
}

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** Who issues and signs: kept as written ("UBND PHƯỜNG CỬA NAM", "CHỦ TỊCH"). */
function awardForm(
  input: Partial<
    Pick<AwardRoundRecord, 'issuingBody' | 'place' | 'signerTitle' | 'signerName' | 'legalGrounds'>
  >,
) {
  const form: Partial<AwardRoundRecord> = {};
  for (const key of ['issuingBody', 'place', 'signerTitle', 'signerName', 'legalGrounds'] as const) {
    if (input[key] !== undefined) form[key] = text(input[key]);
  }
  return form;
}

async function lockedRound(ctx: RequestContext, manager: EntityManager, id: string, version?: number | null) {
  const round = await visibleRound(ctx, id);
  assertWithinScope(identityOf(ctx), round.organizerUnitPath, 'rounds');
  const locked = await forUpdate(
    manager.createQueryBuilder(AwardRoundRecord, 'r').where('r.id = :id', { id: round.id }),
  ).getOneOrFail();
  if (version != null && version !== locked.version) throw staleVersion('This round');
  return locked;
}

/** Edits a round at its version; a later closing day extends it. Quotas never drop below what is approved. */
export async function updateRound(
  ctx: RequestContext,
  id: string,
  version: number,
  input: UpdateAwardRoundInput,
): Promise<AwardRound> {
  return ctx.dataSource.transaction(async (manager) => {
    const before = await lockedRound(ctx, manager, id, version);
    const changes: Partial<AwardRoundRecord> = awardForm(input);
    if (input.title !== undefined) {
      const title = input.title.trim();
      if (title.length < 3) throw badInput('Give the round a title of at least 3 characters.', 'title');
      changes.title = title;
    }
    if (input.occasion !== undefined) changes.occasion = text(input.occasion);
    if (input.awardKind) changes.awardKind = input.awardKind;
    if (input.minReviews !== undefined && input.minReviews !== null) {
      const problem = minReviewsProblem(input.minReviews);
      if (problem) throw badInput(problem, 'minReviews');
      changes.minReviews = input.minReviews;
    }
    for (const [quota, approved, field] of [
      ['collectiveQuota', before.approvedCollectives, 'collectiveQuota'],
      ['individualQuota', before.approvedIndividuals, 'individualQuota'],
    ] as const) {
      const value = input[quota];
      if (value === undefined) continue;
      if (value !== null && value < approved)
        throw badInput(
          `${approved} are already approved in this round; the quota cannot be lower than that.`,
          field,
        );
      changes[quota] = value;
    }
    if (input.closesAt !== undefined && input.closesAt !== before.closesAt) {
      if (before.closedOn)
        throw conflict('This round was closed by the committee; its closing day can no longer change.');
      const datesProblem = roundDatesProblem({ opensAt: before.opensAt, closesAt: input.closesAt });
      if (datesProblem) throw badInput(datesProblem, 'closesAt');
      if (input.closesAt < today())
        throw badInput(
          'The closing day cannot be in the past; to stop taking nominations now, close the round.',
          'closesAt',
        );
      changes.closesAt = input.closesAt;
    }
    await manager.update(AwardRoundRecord, { id: before.id }, { ...changes, version: before.version + 1 });
    const after = await manager.findOneByOrFail(AwardRoundRecord, { id: before.id });
    await writeAudit(manager, ctx, {
      action: 'updateAwardRound',
      entityType: 'AwardRound',
      entityId: id,
      before,
      after,
    });
    return toRound(after);
  });
}

/** Stops taking nominations from today (Vietnam); decisions may then be made. */
export async function closeRound(
  ctx: RequestContext,
  id: string,
  version?: number | null,
): Promise<AwardRound> {
  return ctx.dataSource.transaction(async (manager) => {
    const before = await lockedRound(ctx, manager, id, version);
    const day = today();
    if (roundPhase(before, day) === 'CLOSED') throw conflict('This round is already closed.');
    await manager.update(AwardRoundRecord, { id: before.id }, { closedOn: day, version: before.version + 1 });
    const after = await manager.findOneByOrFail(AwardRoundRecord, { id: before.id });
    await writeAudit(manager, ctx, {
      action: 'closeAwardRound',
      entityType: 'AwardRound',
      entityId: id,
      before,
      after,
    });
    return toRound(after);
  });
}
