import { In } from 'typeorm';
import { groupBy, loaderFor, numericIds, type RequestContext } from '@dx/subgraph-kit';
import { CampaignRecord } from '../entities/campaign.entity';
import { CampaignUnitRecord } from '../entities/campaign-unit.entity';
import { MetricRecord } from '../entities/metric.entity';
import { SupportPointRecord } from '../entities/support-point.entity';
import { VolunteerRecord } from '../entities/volunteer.entity';
import type { Campaign, CampaignMetric, CampaignVolunteer, SupportPoint } from '../schema/types';
import { toCampaign, toMetric, toPoint, toVolunteer } from './mappers';

export const campaignLoader = (ctx: RequestContext) =>
  loaderFor<Campaign>(ctx, 'campaignById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(CampaignRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toCampaign(r)]));
  });

export const metricsLoader = (ctx: RequestContext) =>
  loaderFor<CampaignMetric[]>(ctx, 'metricsByCampaign', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(MetricRecord)
      .find({ where: { campaignId: In(numericIds(ids)) }, order: { position: 'ASC', id: 'ASC' } });
    return groupBy(rows.map(toMetric), (m) => m.campaignId);
  });

export const pointLoader = (ctx: RequestContext) =>
  loaderFor<SupportPoint>(ctx, 'pointById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(SupportPointRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toPoint(r)]));
  });

export const pointsLoader = (ctx: RequestContext) =>
  loaderFor<SupportPoint[]>(ctx, 'pointsByCampaign', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(SupportPointRecord)
      .find({ where: { campaignId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    return groupBy(rows.map(toPoint), (p) => p.campaignId);
  });

export const volunteersLoader = (ctx: RequestContext) =>
  loaderFor<CampaignVolunteer[]>(ctx, 'volunteersByCampaign', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(VolunteerRecord)
      .find({ where: { campaignId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    return groupBy(rows.map(toVolunteer), (v) => v.campaignId);
  });

export interface Participant {
  unitId: string;
  unitPath: string;
}

export const participantsLoader = (ctx: RequestContext) =>
  loaderFor<Participant[]>(ctx, 'participantsByCampaign', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(CampaignUnitRecord)
      .find({ where: { campaignId: In(numericIds(ids)) }, order: { position: 'ASC', id: 'ASC' } });
    const grouped = groupBy(rows, (r) => String(r.campaignId));
    return new Map(
      [...grouped].map(([k, list]) => [
        k,
        list.map((r) => ({ unitId: String(r.unitId), unitPath: r.unitPath })),
      ]),
    );
  });
