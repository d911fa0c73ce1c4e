import {
  DomainError,
  assertWithinScope,
  badInput,
  conflict,
  encodeUnitPath,
  identityOf,
  queryGateway,
  requireUnit,
  rethrowUniqueViolation,
  today,
  updateAtVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { EvaluationRankingYearRecord } from '../entities/evaluation-ranking-year.entity';
import { EvaluationRankingLineRecord } from '../entities/evaluation-ranking-line.entity';
import {
  DEFAULT_WEIGHTS,
  RANKING_CRITERIA,
  rankYear,
  weightsProblem,
  type RankedUnit,
  type RankingCriterionName,
  type RankingWeights,
} from '../domain/ranking';
import { refuse, refuseInput } from './refusals';
import {
  campaignsPart,
  indicatorsPart,
  taskDeliveryPart,
  trainingPart,
  type RankedUnitRef,
} from './ranking-parts';

export interface RankingSetupView {
  year: number;
  parentUnitId: string;
  status: 'DRAFT' | 'PUBLISHED';
  publishedAt: string | null;
  weights: { criterion: RankingCriterionName; weight: number }[];
  /** 0 until the year's weights are first saved. */
  version: number;
  /** Parts whose source service did not answer (their values show as no data). */
  unavailable: RankingCriterionName[];
}

export function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput(`The year ${year} is not a year from 2000 to 2100.`, 'year', 'errors.yearInvalid', {
      year,
    });
}

/** The unit whose sub-units are ranked: given, else the caller's own scope unit. */
async function parentOf(ctx: RequestContext, parentUnitId?: string | null) {
  const identity = identityOf(ctx);
  const id = parentUnitId ?? identity.scopeUnitId;
  if (!id)
    throw badInput('Choose the unit whose units are ranked.', 'parentUnitId', 'errors.rankingParentNeeded');
  const unit = await requireUnit(ctx, id, 'parentUnitId');
  const path = encodeUnitPath(unit.path);
  assertWithinScope(identity, path, 'the ranking of this unit');
  return { id: String(unit.id), path };
}

const weightsOf = (row: EvaluationRankingYearRecord | null): RankingWeights =>
  row
    ? {
        TASK_DELIVERY: row.weightTaskDelivery,
        INDICATORS: row.weightIndicators,
        TRAINING: row.weightTraining,
        CAMPAIGNS: row.weightCampaigns,
      }
    : DEFAULT_WEIGHTS;

const weightColumns = (w: RankingWeights) => ({
  weightTaskDelivery: w.TASK_DELIVERY,
  weightIndicators: w.INDICATORS,
  weightTraining: w.TRAINING,
  weightCampaigns: w.CAMPAIGNS,
});

function setupView(
  year: number,
  parentUnitId: string,
  row: EvaluationRankingYearRecord | null,
  unavailable: RankingCriterionName[] = [],
): RankingSetupView {
  const weights = weightsOf(row);
  return {
    year,
    parentUnitId,
    status: row?.status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT',
    publishedAt: row?.publishedAt ?? null,
    weights: RANKING_CRITERIA.map((criterion) => ({ criterion, weight: weights[criterion] })),
    version: row?.version ?? 0,
    unavailable,
  };
}

const findYear = (manager: EntityManager, year: number, parentUnitId: string) =>
  manager.getRepository(EvaluationRankingYearRecord).findOneBy({ year, parentUnitId: Number(parentUnitId) });

async function childrenOf(ctx: RequestContext, parentId: string): Promise<RankedUnitRef[]> {
  const data = await queryGateway<{ unit: { children: { id: string; path: string[] }[] } | null }>(
    ctx,
    'query ($id: ID!) { unit(id: $id) { children { id path } } }',
    { id: parentId },
  );
  return (data.unit?.children ?? []).map((c) => ({ id: String(c.id), pathKey: encodeUnitPath(c.path) }));
}

/** The ranking as the data stands now, with the parts' sources that did not answer. */
async function computeRanking(
  ctx: RequestContext,
  year: number,
  parent: { id: string; path: string },
  weights: RankingWeights,
) {
  const units = await childrenOf(ctx, parent.id);
  const [tasks, indicators, training, campaigns] = await Promise.all([
    taskDeliveryPart(ctx, year, units, parent.path),
    indicatorsPart(ctx, year, units, parent.path),
    trainingPart(ctx, year, units, parent.id),
    campaignsPart(ctx, year, units, parent.id),
  ]);
  const unavailable: RankingCriterionName[] = [];
  if (!training) unavailable.push('TRAINING');
  if (!campaigns) unavailable.push('CAMPAIGNS');
  const lines = rankYear(
    units.map((u) => ({
      unitId: u.id,
      values: {
        TASK_DELIVERY: tasks.get(u.id),
        INDICATORS: indicators.get(u.id),
        TRAINING: training?.get(u.id) ?? null,
        CAMPAIGNS: campaigns?.get(u.id) ?? null,
      },
    })),
    weights,
  );
  return { lines, unavailable };
}

function publishedLines(rows: EvaluationRankingLineRecord[]): RankedUnit[] {
  return rows
    .map((r) => ({
      unitId: String(r.unitId),
      score: r.scoreTenths === null ? null : r.scoreTenths / 10,
      rank: r.rank,
      noData: r.scoreTenths === null,
      parts: JSON.parse(r.parts) as RankedUnit['parts'],
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || Number(a.unitId) - Number(b.unitId));
}

/** A published year is what the committee announced (frozen); a draft year is computed on each call. */
export async function unitRanking(ctx: RequestContext, year: number, parentUnitId?: string | null) {
  checkYear(year);
  const parent = await parentOf(ctx, parentUnitId);
  const row = await findYear(ctx.dataSource.manager, year, parent.id);
  if (row?.status === 'PUBLISHED') {
    const rows = await ctx.dataSource
      .getRepository(EvaluationRankingLineRecord)
      .findBy({ rankingYearId: row.id });
    return publishedLines(rows);
  }
  return (await computeRanking(ctx, year, parent, weightsOf(row))).lines;
}

export async function rankingSetup(ctx: RequestContext, year: number, parentUnitId?: string | null) {
  checkYear(year);
  const parent = await parentOf(ctx, parentUnitId);
  return setupView(year, parent.id, await findYear(ctx.dataSource.manager, year, parent.id));
}

const refusePublished = (year: number) =>
  refuse('CONFLICT', {
    message: `The ranking of ${year} was published; it is no longer changed.`,
    key: 'errors.rankingPublished',
    params: { year },
  });

async function saveYear(
  manager: EntityManager,
  year: number,
  parent: { id: string; path: string },
  version: number,
  changes: Partial<EvaluationRankingYearRecord>,
): Promise<EvaluationRankingYearRecord> {
  const repo = manager.getRepository(EvaluationRankingYearRecord);
  const before = await findYear(manager, year, parent.id);
  if (before?.status === 'PUBLISHED') throw refusePublished(year);
  if (!before) {
    if (version !== 0)
      throw conflict('This ranking year was removed; reload it.', 'errors.staleVersion', { what: 'ranking' });
    return repo.save(
      repo.create({
        year,
        parentUnitId: Number(parent.id),
        parentUnitPath: parent.path,
        ...weightColumns(DEFAULT_WEIGHTS),
        ...changes,
      }),
    );
  }
  await updateAtVersion(manager, EvaluationRankingYearRecord, before.id, version, changes, 'The ranking');
  return repo.findOneByOrFail({ id: before.id });
}

export async function setRankingWeights(
  ctx: RequestContext,
  year: number,
  parentUnitId: string | null | undefined,
  weights: { criterion: string; weight: number }[],
  version: number,
) {
  checkYear(year);
  const problem = weightsProblem(weights);
  if (problem) throw refuseInput(problem, 'weights');
  const parent = await parentOf(ctx, parentUnitId);
  const w = Object.fromEntries(weights.map((x) => [x.criterion, x.weight])) as RankingWeights;
  return ctx.dataSource
    .transaction(async (manager) => {
      const saved = await saveYear(manager, year, parent, version, weightColumns(w));
      await writeAudit(manager, ctx, {
        action: 'setRankingWeights',
        entityType: 'RankingYear',
        entityId: saved.id,
        after: saved,
      });
      return setupView(year, parent.id, saved);
    })
    .catch(rethrowUniqueViolation('The ranking of this year was just set up by someone else. Reload it.'));
}

/** Freezes the year's lines as computed now; from then on the ranking is what was announced. */
export async function publishUnitRanking(
  ctx: RequestContext,
  year: number,
  parentUnitId: string | null | undefined,
  version: number,
) {
  checkYear(year);
  if (String(year) > today().slice(0, 4))
    throw refuseInput(
      {
        message: `The year ${year} has not begun; it cannot be published.`,
        key: 'errors.rankingYearNotBegun',
        params: { year },
      },
      'year',
    );
  const parent = await parentOf(ctx, parentUnitId);
  const current = await findYear(ctx.dataSource.manager, year, parent.id);
  if (current?.status === 'PUBLISHED') throw refusePublished(year);
  const { lines, unavailable } = await computeRanking(ctx, year, parent, weightsOf(current));
  if (unavailable.length)
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      `Some parts of the ranking could not be read (${unavailable.join(', ')}); publish when they answer.`,
      { messageKey: 'errors.rankingPartsUnavailable', params: { parts: unavailable.join(', ') } },
    );
  const identity = identityOf(ctx);
  return ctx.dataSource
    .transaction(async (manager) => {
      const saved = await saveYear(manager, year, parent, version, {
        status: 'PUBLISHED',
        publishedAt: new Date().toISOString(),
        publishedBy: identity.accountId,
      });
      const ranked = lines.filter((l) => l.rank !== null).length;
      await manager.getRepository(EvaluationRankingLineRecord).save(
        lines.map((l) => ({
          rankingYearId: saved.id,
          year,
          unitId: Number(l.unitId),
          scoreTenths: l.score === null ? null : Math.round(l.score * 10),
          rank: l.rank,
          rankedUnits: ranked,
          parts: JSON.stringify(l.parts),
        })),
      );
      await writeAudit(manager, ctx, {
        action: 'publishUnitRanking',
        entityType: 'RankingYear',
        entityId: saved.id,
        after: { ...saved, lines: lines.length },
      });
      return setupView(year, parent.id, saved);
    })
    .catch(rethrowUniqueViolation('The ranking of this year was just published by someone else. Reload it.'));
}

/** A unit's published results across years, oldest first (its trend). */
export async function unitRankingTrend(ctx: RequestContext, unitId: string) {
  const unit = await requireUnit(ctx, unitId, 'unitId');
  assertWithinScope(identityOf(ctx), encodeUnitPath(unit.path), 'the ranking of this unit');
  const rows = await ctx.dataSource
    .getRepository(EvaluationRankingLineRecord)
    .find({ where: { unitId: Number(unit.id) }, order: { year: 'ASC' } });
  return rows.map((r) => ({
    year: r.year,
    score: r.scoreTenths === null ? null : r.scoreTenths / 10,
    rank: r.rank,
    rankedUnits: r.rankedUnits,
  }));
}
