import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, identityOf, paginate, type RequestContext } from '@dx/subgraph-kit';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { roundPhase, type RoundPhase as RoundPhaseName } from '../domain/round-window';
import { CreateAwardRoundInput } from '../schema/inputs';
import { unitRef, UnitRef } from '../schema/refs';
import { AwardRound, AwardRoundConnection, ReviewCriterion, RoundPhase } from '../schema/types';
import { today } from '../store/clock';
import { criteriaLoader } from '../store/loaders';
import { toRound } from '../store/mappers';
import { createRound, visibleRound } from '../store/rounds';
import { whereRoundVisible } from '../store/scope';

@Resolver(() => AwardRound)
export class AwardRoundResolver {
  @Authorized()
  @Query(() => AwardRoundConnection, { description: 'Rounds run in or above the caller\'s unit, newest first.' })
  async awardRounds(@Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    const query = whereRoundVisible(ctx.dataSource.getRepository(AwardRoundRecord).createQueryBuilder('r'), identityOf(ctx));
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
  @Mutation(() => AwardRound, { description: 'Opens a commendation round for the organizing unit and the units below it.' })
  createAwardRound(@Arg('input') input: CreateAwardRoundInput, @Ctx() ctx: RequestContext) {
    return createRound(ctx, input);
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
