import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  identityOf,
  paginate,
  type RequestContext,
  personRef,
  PersonRef,
  unitRef,
  UnitRef,
  today,
} from '@dx/subgraph-kit';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { roundPhase, type RoundPhase as RoundPhaseName } from '../domain/round-window';
import { CreateAwardRoundInput, UpdateAwardRoundInput } from '../schema/inputs';
import {
  AwardRound,
  AwardRoundConnection,
  ReviewCriterion,
  ReviewerAssignment,
  RoundPhase,
} from '../schema/types';
import { criteriaLoader } from '../store/loaders';
import { toRound } from '../store/mappers';
import { closeRound, createRound, updateRound, visibleRound } from '../store/rounds';
import { assignmentsLoader, assignReviewer, unassignReviewer } from '../store/reviewers';
import { whereRoundVisible } from '../store/scope';

@Resolver(() => AwardRound)
export class AwardRoundResolver {
  @Authorized()
  @Query(() => AwardRoundConnection, {
    description: "Rounds run in or above the caller's unit, newest first.",
  })
  async awardRounds(@Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    const query = whereRoundVisible(
      ctx.dataSource.getRepository(AwardRoundRecord).createQueryBuilder('r'),
      identityOf(ctx),
    );
    const connection = await paginate(query, page, [
      { column: 'r.opensAt', property: 'opensAt', direction: 'DESC' },
      { column: 'r.id', property: 'id', direction: 'DESC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toRound) };
  }

  @Authorized()
  @Query(() => AwardRound, { nullable: true })
  async awardRound(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return toRound(await visibleRound(ctx, id));
  }

  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => AwardRound, {
    description: 'Opens a commendation round for the organizing unit and the units below it.',
  })
  createAwardRound(@Arg('input') input: CreateAwardRoundInput, @Ctx() ctx: RequestContext) {
    return createRound(ctx, input);
  }

  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => AwardRound, {
    description: 'Edits a round at its version (stale -> CONFLICT); a later closesAt extends it.',
  })
  updateAwardRound(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateAwardRoundInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateRound(ctx, id, version, input);
  }

  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => AwardRound, {
    description: 'Stops taking nominations from today; the committee may then decide.',
  })
  closeAwardRound(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ) {
    return closeRound(ctx, id, version);
  }

  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => ReviewerAssignment, {
    description:
      'Assigns a committee member (by person) to review the whole round, or one nomination; once a round has reviewers, only they score.',
  })
  assignReviewer(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
    @Arg('nominationId', () => ID, { nullable: true }) nominationId?: string | null,
  ) {
    return assignReviewer(ctx, roundId, personId, nominationId ?? null);
  }

  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => Boolean)
  unassignReviewer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return unassignReviewer(ctx, id);
  }

  @FieldResolver(() => [ReviewerAssignment], {
    description: 'Reviewers of the whole round and of single nominations.',
  })
  async reviewers(@Root() round: AwardRound, @Ctx() ctx: RequestContext) {
    return (await assignmentsLoader(ctx).load(round.id)) ?? [];
  }

  @FieldResolver(() => RoundPhase)
  phase(@Root() round: AwardRound): RoundPhaseName {
    return roundPhase(round, today());
  }

  @FieldResolver(() => [ReviewCriterion])
  async criteria(@Root() round: AwardRound, @Ctx() ctx: RequestContext) {
    return (await criteriaLoader(ctx).load(round.id)) ?? [];
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  organizerUnit(@Root() round: AwardRound) {
    return unitRef(round.organizerUnitId);
  }
}

@Resolver(() => ReviewerAssignment)
export class ReviewerAssignmentResolver {
  @FieldResolver(() => PersonRef, { nullable: true })
  person(@Root() assignment: ReviewerAssignment) {
    return personRef(assignment.personId);
  }
}
