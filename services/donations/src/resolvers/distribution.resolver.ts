import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { DESK } from '../roles';
import { DistributeInput } from '../schema/inputs';
import { Handover } from '../schema/types';
import { distributeToTeams } from '../store/distribution';

@Resolver()
export class DistributionResolver {
  @Authorized(...DESK)
  @Mutation(() => [Handover], {
    description:
      'Hands the same items to each listed community team, one handover record per team, all or nothing.',
  })
  distributeToTeams(@Arg('input') input: DistributeInput, @Ctx() ctx: RequestContext) {
    return distributeToTeams(ctx, input);
  }
}
