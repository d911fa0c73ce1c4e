import { createLogger, encodeUnitPath, queryGateway, today, type RequestContext } from '@dx/subgraph-kit';
import { TaskRecord } from '../entities/task.entity';
import { IndicatorRecord } from '../entities/indicator.entity';
import { IndicatorValueRecord } from '../entities/indicator-value.entity';
import { EvaluationIndicatorTargetRecord } from '../entities/evaluation-indicator-target.entity';
import { unitScore } from '../domain/scorecard';
import { combineFigures, indicatorValue, type IndicatorMeasureName } from '../domain/indicators';
import { achievement, meanOrNull } from '../domain/ranking';

const log = createLogger('tasks:ranking');

/** A unit ranked: its id and its path key ("/1/4/"), under which its sub-units' data is counted. */
export interface RankedUnitRef {
  id: string;
  pathKey: string;
}

const under = (units: RankedUnitRef[], path: string) => units.find((u) => path.startsWith(u.pathKey));

/**
 * Task delivery over the year: the scorecard's score (on time full credit, late half, overdue none)
 * over the leaf tasks due in the year, of the unit and the units below it.
 */
export async function taskDeliveryPart(
  ctx: RequestContext,
  year: number,
  units: RankedUnitRef[],
  parentPath: string,
) {
  const rows = await ctx.dataSource
    .getRepository(TaskRecord)
    .createQueryBuilder('t')
    .select('t.unitPath', 'unitPath')
    .addSelect(
      "SUM(CASE WHEN t.status = 'DONE' AND t.completedOn <= t.dueDate THEN 1 ELSE 0 END)",
      'doneOnTime',
    )
    .addSelect("SUM(CASE WHEN t.status = 'DONE' AND t.completedOn > t.dueDate THEN 1 ELSE 0 END)", 'doneLate')
    .addSelect(
      "SUM(CASE WHEN t.status IN ('NOT_STARTED', 'IN_PROGRESS') AND t.dueDate < :today THEN 1 ELSE 0 END)",
      'overdue',
    )
    .where('t.dueDate >= :from AND t.dueDate <= :to', {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      today: today(),
    })
    .andWhere('t.unitPath LIKE :parent', { parent: `${parentPath}%` })
    .andWhere(
      "t.status <> 'CANCELLED' AND NOT EXISTS (SELECT 1 FROM task c WHERE c.parentId = t.id AND c.status <> 'CANCELLED')",
    )
    .groupBy('t.unitPath')
    .getRawMany<{ unitPath: string; doneOnTime: unknown; doneLate: unknown; overdue: unknown }>();
  const sums = new Map<string, { doneOnTime: number; doneLate: number; overdue: number }>();
  for (const r of rows) {
    const unit = under(units, r.unitPath);
    if (!unit) continue;
    const sum = sums.get(unit.id) ?? { doneOnTime: 0, doneLate: 0, overdue: 0 };
    sum.doneOnTime += Number(r.doneOnTime ?? 0);
    sum.doneLate += Number(r.doneLate ?? 0);
    sum.overdue += Number(r.overdue ?? 0);
    sums.set(unit.id, sum);
  }
  return new Map(units.map((u) => [u.id, sums.has(u.id) ? unitScore(sums.get(u.id)!) : null]));
}

/** The year's target of each indicator: set for the year, else the indicator's standing target. */
export async function yearTargets(ctx: RequestContext, year: number) {
  const [indicators, targets] = await Promise.all([
    ctx.dataSource.getRepository(IndicatorRecord).find(),
    ctx.dataSource.getRepository(EvaluationIndicatorTargetRecord).findBy({ year }),
  ]);
  const byIndicator = new Map(targets.map((t) => [t.indicatorId, t.targetTenths / 10]));
  return new Map(
    indicators.map((i) => [
      i.id,
      {
        measure: i.measure as IndicatorMeasureName,
        higherIsBetter: Boolean(i.higherIsBetter),
        target: byIndicator.get(i.id) ?? (i.targetTenths === null ? null : i.targetTenths / 10),
      },
    ]),
  );
}

/**
 * Monthly indicators against the year's target: for each indicator with a target and each month the
 * unit reported (its figures summed with its sub-units'), how far it reached the target; the mean.
 */
export async function indicatorsPart(
  ctx: RequestContext,
  year: number,
  units: RankedUnitRef[],
  parentPath: string,
) {
  const targets = await yearTargets(ctx, year);
  const rows = await ctx.dataSource
    .getRepository(IndicatorValueRecord)
    .createQueryBuilder('v')
    .where('v.month >= :from AND v.month <= :to', { from: `${year}-01`, to: `${year}-12` })
    .andWhere('v.unitPath LIKE :parent', { parent: `${parentPath}%` })
    .getMany();
  const groups = new Map<string, IndicatorValueRecord[]>();
  for (const r of rows) {
    const unit = under(units, r.unitPath);
    const definition = targets.get(r.indicatorId);
    if (!unit || !definition || definition.target === null) continue;
    const key = `${unit.id}|${r.indicatorId}|${r.month}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const achieved = new Map<string, number[]>();
  for (const [key, group] of groups) {
    const [unitId, indicatorId] = key.split('|');
    const definition = targets.get(Number(indicatorId))!;
    const value = indicatorValue(definition.measure, combineFigures(group));
    if (value === null) continue;
    achieved.set(unitId, [
      ...(achieved.get(unitId) ?? []),
      achievement(value, definition.target!, definition.higherIsBetter),
    ]);
  }
  return new Map(units.map((u) => [u.id, meanOrNull(achieved.get(u.id) ?? [])]));
}

interface TrainingTargets {
  trainingTargets: {
    targetPercent: number;
    dueDate: string;
    unit: { id: string } | null;
    progress: { rate: number; children: { rate: number; people: number; unit: { id: string } | null }[] };
  }[];
}

/** null: the training service did not answer (the part is then reported as unavailable). */
/**
 * Training coverage against the training service's targets due in the year: a target set on the unit
 * itself, or on the parent (then the unit's line of that target's progress); the mean achievement.
 */
export async function trainingPart(
  ctx: RequestContext,
  year: number,
  units: RankedUnitRef[],
  parentId: string,
) {
  const achieved = new Map<string, number[]>();
  const add = (unitId: string, rate: number, targetPercent: number) =>
    achieved.set(unitId, [...(achieved.get(unitId) ?? []), achievement(rate * 100, targetPercent)]);
  try {
    const data = await queryGateway<TrainingTargets>(
      ctx,
      `query ($u: ID) { trainingTargets(unitId: $u) { targetPercent dueDate unit { id }
        progress { rate children { rate people unit { id } } } } }`,
      { u: parentId },
    );
    for (const target of data.trainingTargets) {
      if (!target.dueDate.startsWith(String(year)) || !target.unit) continue;
      const own = units.find((u) => u.id === target.unit!.id);
      if (own) add(own.id, target.progress.rate, target.targetPercent);
      else if (target.unit.id === parentId)
        for (const child of target.progress.children)
          if (child.unit && child.people > 0 && units.some((u) => u.id === child.unit!.id))
            add(child.unit.id, child.rate, target.targetPercent);
    }
  } catch (error) {
    log.warn({ err: error }, 'training targets not available: the training part has no data');
    return null;
  }
  return new Map(units.map((u) => [u.id, meanOrNull(achieved.get(u.id) ?? [])]));
}

interface CampaignList {
  campaigns: { nodes: { id: string; startsOn: string; endsOn: string }[] };
}

interface CampaignReportLines {
  aggregation: 'SUM' | 'LATEST';
  baseline: number | null;
  target: number | null;
  byUnit: { total: number | null; unit: { id: string; path: string[] } | null }[];
}

/**
 * One participating unit's result on one campaign metric, in percent of its goal: for a metric that
 * adds up (SUM) the goal is an equal share of the campaign's target; for a level (LATEST) it is the
 * way from the baseline to the target. null: no target, or the unit entered nothing.
 */
export function campaignAchievement(line: CampaignReportLines, total: number | null): number | null {
  if (line.target === null || total === null) return null;
  const from = line.baseline ?? 0;
  if (line.aggregation === 'SUM')
    return achievement(total, (line.target - from) / Math.max(1, line.byUnit.length));
  if (line.target === from) return total >= line.target ? 100 : 0;
  return achievement(total - from, line.target - from);
}

/**
 * Campaign results of the year: for each campaign that ended in the year and each metric with a
 * target, how far each participating unit (counted with the units below it) reached its goal; the mean.
 */
export async function campaignsPart(
  ctx: RequestContext,
  year: number,
  units: RankedUnitRef[],
  parentId: string,
) {
  const achieved = new Map<string, number[]>();
  try {
    const list = await queryGateway<CampaignList>(
      ctx,
      'query ($u: ID) { campaigns(unitId: $u, first: 100) { nodes { id startsOn endsOn } } }',
      { u: parentId },
    );
    const ofYear = list.campaigns.nodes.filter((c) => c.endsOn.startsWith(String(year)));
    if (ofYear.length) {
      const fields = ofYear
        .map(
          (c, i) =>
            `c${i}: campaignReport(campaignId: "${Number(c.id)}") { aggregation baseline target byUnit { total unit { id path } } }`,
        )
        .join('\n');
      const reports = await queryGateway<Record<string, CampaignReportLines[]>>(ctx, `{ ${fields} }`);
      for (const metrics of Object.values(reports))
        for (const metric of metrics)
          for (const line of metric.byUnit) {
            const value = campaignAchievement(metric, line.total);
            const unit = line.unit && under(units, encodeUnitPath(line.unit.path));
            if (value !== null && unit) achieved.set(unit.id, [...(achieved.get(unit.id) ?? []), value]);
          }
    }
  } catch (error) {
    log.warn({ err: error }, 'campaign results not available: the campaigns part has no data');
    return null;
  }
  return new Map(units.map((u) => [u.id, meanOrNull(achieved.get(u.id) ?? [])]));
}
