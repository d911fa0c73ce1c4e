import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { UnitScore } from '../schema/task.types';
import { unitScorecard } from '../store/scorecard';
import { UnitRef, unitRef } from '@dx/subgraph-kit';

@Resolver(() => UnitScore)
export class ScorecardResolver {
  @Authorized()
  @Query(() => [UnitScore], {
    description: 'The monthly ranking of units on the tasks due that month (month: YYYY-MM), best first.',
  })
  unitScorecard(@Arg('month') month: string, @Ctx() ctx: RequestContext) {
    return unitScorecard(ctx, month);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() line: UnitScore) {
    return unitRef(line.unitId);
  }
}
