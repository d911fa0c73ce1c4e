import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound, type RequestContext, UnitRef, unitRef } from '@dx/subgraph-kit';
import { CampaignReportLine, CampaignUnitTotal } from '../schema/types';
import { visibleCampaign } from '../store/campaign-queries';
import { campaignReport } from '../store/figures';

@Resolver(() => CampaignReportLine)
export class ReportResolver {
  @Authorized()
  @Query(() => [CampaignReportLine], {
    description: 'Baseline → result per metric, per participating unit: the closing report.',
  })
  async campaignReport(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: RequestContext) {
    const campaign = await visibleCampaign(ctx, campaignId);
    if (!campaign) throw notFound('Campaign', campaignId);
    return campaignReport(ctx, campaign);
  }
}

@Resolver(() => CampaignUnitTotal)
export class UnitTotalResolver {
  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() line: CampaignUnitTotal) {
    return unitRef(line.unitId);
  }
}
