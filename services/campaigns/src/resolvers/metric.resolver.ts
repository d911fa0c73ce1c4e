import { Arg, Ctx, FieldResolver, Float, ID, Resolver, Root } from 'type-graphql';
import { encodeUnitPath, requireUnit, type RequestContext } from '@dx/subgraph-kit';
import { progressTowardsTarget } from '../domain/rollup';
import { CampaignDayPoint, CampaignMetric } from '../schema/types';
import { campaignLoader } from '../store/loaders';
import { metricDaily, metricResult } from '../store/figures';

@Resolver(() => CampaignMetric)
export class MetricResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The result so far: the sum of the figures (SUM) or the latest share (LATEST).',
  })
  total(@Root() metric: CampaignMetric, @Ctx() ctx: RequestContext) {
    return metricResult(ctx, metric);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Share of the way from baseline to target (1 = reached).',
  })
  async progress(@Root() metric: CampaignMetric, @Ctx() ctx: RequestContext) {
    return progressTowardsTarget(metric.baseline, metric.target, await metricResult(ctx, metric));
  }

  @FieldResolver(() => [CampaignDayPoint], {
    description: "One point per campaign day up to today, for the chart; of one unit's tree if given.",
  })
  async daily(
    @Root() metric: CampaignMetric,
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
  ) {
    const campaign = await campaignLoader(ctx).load(metric.campaignId);
    if (!campaign) return [];
    const unitPath = unitId ? encodeUnitPath((await requireUnit(ctx, unitId, 'unitId')).path) : null;
    return metricDaily(ctx, campaign, metric, unitPath);
  }
}
