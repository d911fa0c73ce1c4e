import {
  assertWithinScope,
  badInput,
  conflict,
  encodeUnitPath,
  forbidden,
  hasAnyRole,
  identityOf,
  notFound,
  requirePerson,
  requireUnit,
  rethrowUniqueViolation,
  scopePrefix,
  today,
  updateAtVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';

import { EvaluationRatingRecord } from '../entities/evaluation-rating.entity';
import { EvaluationRaterRecord } from '../entities/evaluation-rater.entity';
import {
  RATING_CRITERIA,
  classify,
  classifyYear,
  monthNotOpenProblem,
  sameScores,
  scoresProblem,
  toScores,
  totalOf,
  type RatingScores,
} from '../domain/rating';
import { isMonth } from '../domain/calendar';
import { refuse, refuseInput } from './refusals';
import { checkYear } from './ranking';

export interface RatingView {
  id: string;
  personId: string;
  unitId: string;
  month: string;
  status: string;
  selfScores: { criterion: string; points: number; max: number }[];
  selfTotal: number;
  selfNote: string | null;
  finalScores: { criterion: string; points: number; max: number }[] | null;
  finalTotal: number | null;
  /** The month's class: of the head's points once approved, else of the self-assessment. */
  classification: string;
  corrected: boolean;
  reviewReason: string | null;
  reviewerPersonId: string | null;
  reviewedOn: string | null;
  version: number;
}

const selfOf = (r: EvaluationRatingRecord): RatingScores => ({
  TASKS_ON_TIME: r.selfTasksOnTime,
  TRAINING: r.selfTraining,
  DIGITAL_TOOLS: r.selfDigitalTools,
});
const finalOf = (r: EvaluationRatingRecord): RatingScores | null =>
  r.finalTasksOnTime === null
    ? null
    : { TASKS_ON_TIME: r.finalTasksOnTime, TRAINING: r.finalTraining!, DIGITAL_TOOLS: r.finalDigitalTools! };
const listOf = (s: RatingScores) =>
  RATING_CRITERIA.map(({ criterion, max }) => ({ criterion, points: s[criterion], max }));

export function toRating(r: EvaluationRatingRecord): RatingView {
  const self = selfOf(r);
  const final = finalOf(r);
  return {
    id: String(r.id),
    personId: String(r.personId),
    unitId: String(r.unitId),
    month: r.month,
    status: r.status,
    selfScores: listOf(self),
    selfTotal: totalOf(self),
    selfNote: r.selfNote,
    finalScores: final && listOf(final),
    finalTotal: final && totalOf(final),
    classification: classify(totalOf(final ?? self)),
    corrected: Boolean(final && !sameScores(self, final)),
    reviewReason: r.reviewReason,
    reviewerPersonId: r.reviewerPersonId === null ? null : String(r.reviewerPersonId),
    reviewedOn: r.reviewedOn,
    version: r.version,
  };
}

function checkMonth(month: string) {
  if (!isMonth(month)) throw badInput('Write the month as YYYY-MM, e.g. 2026-11.', 'month');
}

function checkScores(scores: { criterion: string; points: number }[]) {
  const problem = scoresProblem(scores);
  if (problem) throw refuseInput(problem, 'scores');
  return toScores(scores);
}

function ownPerson(ctx: RequestContext): string {
  const { personId } = identityOf(ctx);
  if (!personId)
    throw forbidden(
      'Your account is not linked to a person; only people rate their own month.',
      {},
      'errors.ratingNoPerson',
    );
  return personId;
}

/** Unit paths whose people this caller rates as their head. */
async function ratedPaths(ctx: RequestContext): Promise<string[]> {
  const { personId } = identityOf(ctx);
  if (!personId) return [];
  const rows = await ctx.dataSource
    .getRepository(EvaluationRaterRecord)
    .findBy({ personId: Number(personId) });
  return rows.map((r) => r.unitPath);
}

/**
 * A rating is seen by the person, by the head of their unit (or of a unit above it), and by the
 * secretariat and administrators of their scope; no one else, whatever their other roles.
 */
async function canSee(ctx: RequestContext, r: EvaluationRatingRecord): Promise<boolean> {
  const identity = identityOf(ctx);
  if (identity.personId && Number(identity.personId) === r.personId) return true;
  if ((await ratedPaths(ctx)).some((p) => r.unitPath.startsWith(p))) return true;
  const prefix = scopePrefix(identity);
  return hasAnyRole(identity, ['SECRETARIAT']) && (prefix === null || r.unitPath.startsWith(prefix));
}

const refuseLocked = (month: string) =>
  refuse('CONFLICT', {
    message: `The rating of ${month} was approved; the month is locked.`,
    key: 'errors.ratingMonthLocked',
    params: { month },
  });

/** The person's own self-assessment: the first one creates the month, later ones name its version. */
export async function submitRating(
  ctx: RequestContext,
  month: string,
  scores: { criterion: string; points: number }[],
  note: string | null | undefined,
  version: number | null | undefined,
) {
  checkMonth(month);
  const notOpen = monthNotOpenProblem(month, today());
  if (notOpen) throw refuseInput(notOpen, 'month');
  const self = checkScores(scores);
  const personId = ownPerson(ctx);
  const person = await requirePerson(ctx, personId);
  const fields = {
    selfTasksOnTime: self.TASKS_ON_TIME,
    selfTraining: self.TRAINING,
    selfDigitalTools: self.DIGITAL_TOOLS,
    selfNote: note?.trim() || null,
  };
  return ctx.dataSource
    .transaction(async (manager) => {
      const repo = manager.getRepository(EvaluationRatingRecord);
      const before = await repo.findOneBy({ personId: Number(personId), month });
      if (before?.status === 'APPROVED') throw refuseLocked(month);
      if (!before) {
        if (version != null) throw conflict('This rating was removed; submit it again without a version.');
        const saved = await repo.save(
          repo.create({
            personId: Number(personId),
            unitId: Number(person.unit.id),
            unitPath: encodeUnitPath(person.unit.path),
            month,
            status: 'SUBMITTED',
            ...fields,
          }),
        );
        await writeAudit(manager, ctx, {
          action: 'submitRating',
          entityType: 'Rating',
          entityId: saved.id,
          after: saved,
        });
        return toRating(saved);
      }
      if (version == null)
        throw conflict(
          'You already submitted this month. Reload it and change it.',
          'errors.ratingAlreadySubmitted',
          { month },
        );
      await updateAtVersion(manager, EvaluationRatingRecord, before.id, version, fields, 'This rating');
      const after = await repo.findOneByOrFail({ id: before.id });
      await writeAudit(manager, ctx, {
        action: 'resubmitRating',
        entityType: 'Rating',
        entityId: before.id,
        before,
        after,
      });
      return toRating(after);
    })
    .catch(rethrowUniqueViolation('You submitted this month a moment ago in another window. Reload it.'));
}

/**
 * The head approves the month, as submitted or with corrected points and the reason; the month is
 * then locked. Only the head of the person's unit (or of a unit above it), within their scope, and
 * never for their own month.
 */
export async function reviewRating(
  ctx: RequestContext,
  id: string,
  version: number,
  scores: { criterion: string; points: number }[] | null | undefined,
  reason: string | null | undefined,
) {
  const identity = identityOf(ctx);
  return ctx.dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(EvaluationRatingRecord);
    const before = await repo.findOneBy({ id: Number(id) });
    if (!before || !(await canSee(ctx, before))) throw notFound('Rating', id, 'id');
    if (before.status === 'APPROVED') throw refuseLocked(before.month);
    if (identity.personId && Number(identity.personId) === before.personId)
      throw forbidden(
        'No one approves their own rating; the head of your unit does.',
        {},
        'errors.ratingOwnApproval',
      );
    const heads = await ratedPaths(ctx);
    if (!heads.some((p) => before.unitPath.startsWith(p)))
      throw forbidden(
        "Only the head of this person's unit approves their rating.",
        {},
        'errors.ratingNotHead',
      );
    assertWithinScope(identity, before.unitPath, 'the rating of this person');
    const self = selfOf(before);
    const final = scores ? checkScores(scores) : self;
    const why = reason?.trim() || null;
    if (!sameScores(self, final) && !why)
      throw refuseInput(
        { message: 'Say why you corrected the points.', key: 'errors.ratingCorrectionReason' },
        'reason',
      );
    await updateAtVersion(
      manager,
      EvaluationRatingRecord,
      before.id,
      version,
      {
        status: 'APPROVED',
        finalTasksOnTime: final.TASKS_ON_TIME,
        finalTraining: final.TRAINING,
        finalDigitalTools: final.DIGITAL_TOOLS,
        reviewReason: why,
        reviewerPersonId: identity.personId ? Number(identity.personId) : null,
        reviewedOn: today(),
      },
      'This rating',
    );
    const after = await repo.findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'approveRating',
      entityType: 'Rating',
      entityId: before.id,
      before,
      after,
    });
    return toRating(after);
  });
}

/** The year of one person: their months and the class from the approved ones. */
export async function yearRating(ctx: RequestContext, personId: string | null | undefined, year: number) {
  checkYear(year);
  const id = personId ?? ownPerson(ctx);
  const rows = await ctx.dataSource
    .getRepository(EvaluationRatingRecord)
    .createQueryBuilder('r')
    .where('r.personId = :id AND r.month >= :from AND r.month <= :to', {
      id: Number(id),
      from: `${year}-01`,
      to: `${year}-12`,
    })
    .orderBy('r.month')
    .getMany();
  const visible: EvaluationRatingRecord[] = [];
  for (const r of rows) if (await canSee(ctx, r)) visible.push(r);
  if (rows.length && !visible.length)
    throw forbidden("You may not see this person's ratings.", {}, 'errors.ratingNotVisible');
  const months = visible.map(toRating);
  const approved = months.filter((m) => m.status === 'APPROVED').map((m) => m.finalTotal!);
  const year_ = classifyYear(approved);
  return {
    personId: String(id),
    year,
    months,
    approvedMonths: year_.months,
    final: year_.final,
    average: year_.average,
    classification: year_.classification,
  };
}

/** The month's ratings the caller may see in a unit and below (heads: their units; secretariat: scope). */
export async function unitRatings(ctx: RequestContext, month: string, unitId?: string | null) {
  checkMonth(month);
  const identity = identityOf(ctx);
  const heads = await ratedPaths(ctx);
  const prefix = scopePrefix(identity);
  const paths = [...heads];
  if (hasAnyRole(identity, ['SECRETARIAT'])) paths.push(prefix ?? '/');
  if (!paths.length) return [];
  let within: string | null = null;
  if (unitId) {
    const unit = await requireUnit(ctx, unitId, 'unitId');
    within = encodeUnitPath(unit.path);
  }
  const query = ctx.dataSource
    .getRepository(EvaluationRatingRecord)
    .createQueryBuilder('r')
    .where('r.month = :month', { month })
    .andWhere(
      `(${paths.map((_p, i) => `r.unitPath LIKE :p${i}`).join(' OR ')})`,
      Object.fromEntries(paths.map((p, i) => [`p${i}`, `${p}%`])),
    );
  if (within) query.andWhere('r.unitPath LIKE :within', { within: `${within}%` });
  const rows = await query.orderBy('r.status', 'DESC').addOrderBy('r.personId').getMany();
  return rows.map(toRating);
}

/** The secretariat names the head who approves a unit's ratings (one per unit; naming again replaces). */
export async function setUnitRater(ctx: RequestContext, unitId: string, personId: string) {
  const unit = await requireUnit(ctx, unitId, 'unitId');
  const unitPath = encodeUnitPath(unit.path);
  assertWithinScope(identityOf(ctx), unitPath, 'this unit');
  const person = await requirePerson(ctx, personId);
  return ctx.dataSource
    .transaction(async (manager) => {
      const repo = manager.getRepository(EvaluationRaterRecord);
      const before = await repo.findOneBy({ unitId: Number(unit.id) });
      const saved = before
        ? await repo.save({ ...before, personId: Number(person.id), version: before.version + 1 })
        : await repo.save(repo.create({ unitId: Number(unit.id), unitPath, personId: Number(person.id) }));
      await writeAudit(manager, ctx, {
        action: 'setUnitRater',
        entityType: 'Rater',
        entityId: saved.id,
        before,
        after: saved,
      });
      return { unitId: String(saved.unitId), personId: String(saved.personId), version: saved.version };
    })
    .catch(rethrowUniqueViolation('A head was just named for this unit by someone else. Reload it.'));
}

/** Units whose ratings the caller approves, for the head's screen. */
export async function myRatedUnits(ctx: RequestContext) {
  const { personId } = identityOf(ctx);
  if (!personId) return [];
  const rows = await ctx.dataSource
    .getRepository(EvaluationRaterRecord)
    .findBy({ personId: Number(personId) });
  return rows.map((r) => String(r.unitId));
}
