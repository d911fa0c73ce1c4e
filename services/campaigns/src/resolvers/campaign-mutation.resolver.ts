import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { AddSupportPointInput, AddVolunteerInput, CreateCampaignInput } from '../schema/inputs';
import { Campaign, CampaignVolunteer, SupportPoint } from '../schema/types';
import { addCampaignUnits, addSupportPoint, addVolunteer, createCampaign } from '../store/campaign-writes';

/** Setting a campaign up is the secretariat's job, for its own unit and the units below it. */
@Resolver()
export class CampaignMutationResolver {
  @Authorized('SECRETARIAT')
  @Mutation(() => Campaign)
  createCampaign(@Arg('input') input: CreateCampaignInput, @Ctx() ctx: RequestContext) {
    return createCampaign(ctx, input);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => Campaign, { description: 'More units take part (CONFLICT if one already does).' })
  addCampaignUnits(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitIds', () => [ID]) unitIds: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return addCampaignUnits(ctx, campaignId, unitIds);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => SupportPoint)
  addSupportPoint(@Arg('input') input: AddSupportPointInput, @Ctx() ctx: RequestContext) {
    return addSupportPoint(ctx, input);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => CampaignVolunteer, {
    description: 'A person from the directory joins as a volunteer (CONFLICT if already one).',
  })
  addVolunteer(@Arg('input') input: AddVolunteerInput, @Ctx() ctx: RequestContext) {
    return addVolunteer(ctx, input);
  }
}
