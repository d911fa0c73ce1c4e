import { PersonRef, UnitRef, personRef, unitRef } from '@dx/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { Campaign, CampaignVolunteer, SupportPoint } from '../schema/types';
import { campaignLoader, pointLoader } from '../store/loaders';

@Resolver(() => SupportPoint)
export class SupportPointResolver {
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
