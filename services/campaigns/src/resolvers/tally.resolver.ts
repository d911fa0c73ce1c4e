import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { DateScalar, PageArgs, type RequestContext, UnitRef, unitRef } from '@dx/subgraph-kit';
import { PriorityGroupInput, RecordTallyInput } from '../schema/inputs';
import { CampaignTally, CampaignTallyConnection, SupportPoint } from '../schema/types';
import { pointLoader } from '../store/loaders';
import { correctTally, recordTally } from '../store/tally-ledger';
import { listTallies } from '../store/tally-queries';

/** Figures are entered by the secretariat and by committee members (team leads) for their own units. */
@Resolver(() => CampaignTally)
export class TallyResolver {
  @Authorized()
  @Query(() => CampaignTallyConnection, {
    description: "A campaign's figures in the caller's units, newest day first.",
  })
  campaignTallies(
    @Arg('campaignId', () => ID) campaignId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true, description: 'Of this unit only.' }) unitId?: string | null,
    @Arg('fromDay', () => DateScalar, { nullable: true }) fromDay?: string | null,
    @Arg('toDay', () => DateScalar, { nullable: true }) toDay?: string | null,
    @Arg('metricCode', () => String, { nullable: true }) metricCode?: string | null,
  ) {
    return listTallies(ctx, { campaignId, unitId, fromDay, toDay, metricCode }, page);
  }

  @Authorized('SECRETARIAT', 'COMMITTEE_MEMBER')
  @Mutation(() => CampaignTally, {
    description: "A day's figure; the same (day, unit, point, metric) twice -> CONFLICT.",
  })
  recordTally(@Arg('input') input: RecordTallyInput, @Ctx() ctx: RequestContext) {
    return recordTally(ctx, input);
  }

  @Authorized('SECRETARIAT', 'COMMITTEE_MEMBER')
  @Mutation(() => CampaignTally, {
    description: 'Changes a figure, with the reason (kept in the audit); stale version -> CONFLICT.',
  })
  correctTally(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('value', () => Float) value: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
    @Arg('priorityGroups', () => PriorityGroupInput, { nullable: true })
    priorityGroups?: PriorityGroupInput | null,
  ) {
    return correctTally(ctx, { id, version, value, reason, priorityGroups });
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() tally: CampaignTally) {
    return unitRef(tally.unitId);
  }

  @FieldResolver(() => SupportPoint, { nullable: true })
  point(@Root() tally: CampaignTally, @Ctx() ctx: RequestContext) {
    return tally.pointId ? pointLoader(ctx).load(tally.pointId) : null;
  }
}
