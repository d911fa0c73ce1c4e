import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { encodeUnitPath, identityOf, unitInfo, type RequestContext, UnitRef } from '@dx/subgraph-kit';
import { Campaign, CampaignSummary } from '../schema/types';
import { campaignsInTree } from '../store/campaign-queries';
import { campaignLoader } from '../store/loaders';
import { campaignSummary } from '../store/summary';

/** The fields this service adds to the directory's Unit. */
@Resolver(() => UnitRef)
export class UnitCampaignsResolver {
  @FieldResolver(() => [Campaign], {
    description: 'Campaigns run by this unit or below, or in which a unit of its tree takes part.',
  })
  async campaigns(@Root() unit: UnitRef, @Ctx() ctx: RequestContext) {
    identityOf(ctx);
    const info = await unitInfo(ctx, unit.id);
    return info ? campaignsInTree(ctx, encodeUnitPath(info.path)) : [];
  }

  @FieldResolver(() => CampaignSummary, {
    nullable: true,
    description: 'Campaign figures of this unit and every unit below it, as the caller may see them.',
  })
  campaignSummary(@Root() unit: UnitRef, @Ctx() ctx: RequestContext) {
    return campaignSummary(ctx, unit.id);
  }
}

@Resolver(() => CampaignSummary)
export class CampaignSummaryResolver {
  @FieldResolver(() => [Campaign], { description: 'The running campaigns, for their progress cards.' })
  async runningCampaigns(@Root() summary: CampaignSummary, @Ctx() ctx: RequestContext) {
    const campaigns = await Promise.all(summary.runningIds.map((id) => campaignLoader(ctx).load(id)));
    return campaigns.filter((c): c is Campaign => c !== null);
  }
}
