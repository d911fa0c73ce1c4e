import { PersonRef, UnitRef, personRef, unitRef } from '@dx/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { Campaign, CampaignVolunteer, SupportPoint } from '../schema/types';
import { campaignLoader, pointLoader } from '../store/loaders';
import { visibleSupportPoint, visibleSupportPoints } from '../store/point-queries';

@Resolver(() => SupportPoint)
export class SupportPointResolver {
  @Authorized()
  @Query(() => [SupportPoint], {
    description:
      'Support points of the campaigns the caller may see (not yet closed, unless asked), newest campaign first: where a training session can be held.',
  })
  supportPoints(
    @Ctx() ctx: RequestContext,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string,
    @Arg('includeClosed', { defaultValue: false }) includeClosed?: boolean,
  ) {
    return visibleSupportPoints(ctx, { campaignId, includeClosed });
  }

  @Authorized()
  @Query(() => SupportPoint, {
    nullable: true,
    description: 'A support point, if its campaign is one the caller may see.',
  })
  supportPoint(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return visibleSupportPoint(ctx, id);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() point: SupportPoint) {
    return unitRef(point.unitId);
  }

  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() point: SupportPoint, @Ctx() ctx: RequestContext) {
    return campaignLoader(ctx).load(point.campaignId);
  }
}

@Resolver(() => CampaignVolunteer)
export class VolunteerResolver {
  @FieldResolver(() => PersonRef, { nullable: true })
  person(@Root() volunteer: CampaignVolunteer) {
    return personRef(volunteer.personId);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() volunteer: CampaignVolunteer) {
    return unitRef(volunteer.unitId);
  }

  @FieldResolver(() => SupportPoint, { nullable: true })
  point(@Root() volunteer: CampaignVolunteer, @Ctx() ctx: RequestContext) {
    return volunteer.pointId ? pointLoader(ctx).load(volunteer.pointId) : null;
  }
}
