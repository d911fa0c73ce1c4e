import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  DateScalar,
  PageArgs,
  encodeUnitPath,
  requireUnit,
  type RequestContext,
  UnitRef,
  unitRef,
  today,
} from '@dx/subgraph-kit';
import { campaignStatus, type CampaignStatusName } from '../domain/campaign-status';
import {
  Campaign,
  CampaignConnection,
  CampaignMetric,
  CampaignStatus,
  CampaignVolunteer,
  SupportPoint,
} from '../schema/types';
import { listCampaigns, visibleCampaign } from '../store/campaign-queries';
import { unitsNotReported } from '../store/figures';
import { metricsLoader, participantsLoader, pointsLoader, volunteersLoader } from '../store/loaders';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized()
  @Query(() => CampaignConnection, {
    description: "Campaigns the caller may see, newest first; of a unit's tree and by status.",
  })
  async campaigns(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, {
      nullable: true,
      description: 'Owned by this unit or below, or with a unit of that tree taking part.',
    })
    unitId?: string | null,
    @Arg('status', () => CampaignStatus, { nullable: true }) status?: CampaignStatusName | null,
  ) {
    const unitPath = unitId ? encodeUnitPath((await requireUnit(ctx, unitId, 'unitId')).path) : null;
    return listCampaigns(ctx, { unitPath, status }, page);
  }

  @Authorized()
  @Query(() => Campaign, { nullable: true })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return visibleCampaign(ctx, id);
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The unit that runs the campaign.' })
  unit(@Root() campaign: Campaign) {
    return unitRef(campaign.unitId);
  }

  @FieldResolver(() => CampaignStatus)
  status(@Root() campaign: Campaign) {
    return campaignStatus(campaign.startsOn, campaign.endsOn, today());
  }

  @FieldResolver(() => [CampaignMetric])
  async metrics(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return (await metricsLoader(ctx).load(campaign.id)) ?? [];
  }

  @FieldResolver(() => [SupportPoint])
  async points(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return (await pointsLoader(ctx).load(campaign.id)) ?? [];
  }

  @FieldResolver(() => [CampaignVolunteer])
  async volunteers(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return (await volunteersLoader(ctx).load(campaign.id)) ?? [];
  }

  @FieldResolver(() => [UnitRef], { description: 'Units taking part, in the order they were added.' })
  async participatingUnits(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return ((await participantsLoader(ctx).load(campaign.id)) ?? []).map((p) => unitRef(p.unitId));
  }

  @FieldResolver(() => [UnitRef], {
    description: 'Participating units with no figure on that day (today, Vietnam time, by default).',
  })
  async unitsNotReported(
    @Root() campaign: Campaign,
    @Ctx() ctx: RequestContext,
    @Arg('day', () => DateScalar, { nullable: true }) day?: string | null,
  ) {
    return (await unitsNotReported(ctx, campaign, day ?? today())).map((id) => unitRef(id));
  }
}
