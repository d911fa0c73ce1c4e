import { In } from 'typeorm';
import { groupBy, loaderFor, numericIds, type RequestContext, today } from '@dx/subgraph-kit';
import { TallyRecord } from '../entities/tally.entity';
import {
  dailySeries,
  metricTotal,
  progressTowardsTarget,
  withinUnit,
  type DayPoint,
  type TallyFigure,
} from '../domain/rollup';
import { eachDay } from '../domain/calendar';
import type { Campaign, CampaignMetric, CampaignReportLine, PriorityGroupCounts } from '../schema/types';
import { metricsLoader, participantsLoader } from './loaders';

export interface Figure extends TallyFigure {
  metricCode: string;
  elderly: number | null;
  disabled: number | null;
  poorHouseholds: number | null;
}

/**
 * Every figure of a campaign in one SQL statement per batch of campaigns; totals, report lines,
 * charts and "who has not reported" are computed from it, so their cost does not grow with the
 * number of units or metrics asked for.
 */
export const figuresLoader = (ctx: RequestContext) =>
  loaderFor<Figure[]>(ctx, 'figuresByCampaign', async (ids) => {
    const rows = await ctx.dataSource.getRepository(TallyRecord).find({
      select: [
        'id',
        'campaignId',
        'day',
        'unitId',
        'unitPath',
        'pointId',
        'metricCode',
        'value',
        'elderly',
        'disabled',
        'poorHouseholds',
      ],
      where: { campaignId: In(numericIds(ids)) },
    });
    return groupBy(
      rows.map((r) => ({ ...r, value: Number(r.value) })),
      (r) => String(r.campaignId),
    );
  });

const figuresOf = async (ctx: RequestContext, campaignId: string, metricCode: string) =>
  ((await figuresLoader(ctx).load(campaignId)) ?? []).filter((f) => f.metricCode === metricCode);

export async function metricResult(ctx: RequestContext, metric: CampaignMetric): Promise<number | null> {
  return metricTotal(metric.aggregation, await figuresOf(ctx, metric.campaignId, metric.code));
}

function priorityTotals(rows: Figure[]): PriorityGroupCounts {
  const sum = (key: 'elderly' | 'disabled' | 'poorHouseholds') =>
    rows.some((r) => r[key] !== null) ? rows.reduce((n, r) => n + (r[key] ?? 0), 0) : null;
  return { elderly: sum('elderly'), disabled: sum('disabled'), poorHouseholds: sum('poorHouseholds') };
}

/** Baseline → result per metric, for the campaign and for each participating unit's tree. */
export async function campaignReport(ctx: RequestContext, campaign: Campaign): Promise<CampaignReportLine[]> {
  const [metrics, participants, figures] = await Promise.all([
    metricsLoader(ctx).load(campaign.id),
    participantsLoader(ctx).load(campaign.id),
    figuresLoader(ctx).load(campaign.id),
  ]);
  const units = participants?.length
    ? participants
    : [{ unitId: campaign.unitId, unitPath: campaign.unitPath }];
  return (metrics ?? []).map((m) => {
    const rows = (figures ?? []).filter((f) => f.metricCode === m.code);
    const total = metricTotal(m.aggregation, rows);
    return {
      metricCode: m.code,
      name: m.name,
      unitOfMeasure: m.unitOfMeasure,
      aggregation: m.aggregation,
      baseline: m.baseline,
      target: m.target,
      total,
      progress: progressTowardsTarget(m.baseline, m.target, total),
      priorityGroups: priorityTotals(rows),
      byUnit: units.map((u) => ({
        unitId: u.unitId,
        total: metricTotal(m.aggregation, withinUnit(rows, u.unitPath)),
        progress: null,
      })),
    };
  });
}

/** The campaign's days up to today (or its last day), one point each. */
export async function metricDaily(
  ctx: RequestContext,
  campaign: Campaign,
  metric: CampaignMetric,
  unitPath: string | null,
): Promise<DayPoint[]> {
  const now = today();
  const last = campaign.endsOn < now ? campaign.endsOn : now;
  if (last < campaign.startsOn) return [];
  const rows = await figuresOf(ctx, campaign.id, metric.code);
  return dailySeries(
    metric.aggregation,
    unitPath ? withinUnit(rows, unitPath) : rows,
    eachDay(campaign.startsOn, last),
  );
}

/** Participating units with no figure at all on that day. */
export async function unitsNotReported(
  ctx: RequestContext,
  campaign: Campaign,
  day: string,
): Promise<string[]> {
  const [participants, figures] = await Promise.all([
    participantsLoader(ctx).load(campaign.id),
    figuresLoader(ctx).load(campaign.id),
  ]);
  const reported = new Set((figures ?? []).filter((f) => f.day === day).map((f) => String(f.unitId)));
  return (participants ?? []).filter((p) => !reported.has(p.unitId)).map((p) => p.unitId);
}
