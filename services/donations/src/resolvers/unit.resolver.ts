import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { Handover } from '../schema/types';
import { handoversReceivedLoader } from '../store/loaders';
import { UnitRef } from '@dx/subgraph-kit';

@Resolver(() => UnitRef)
export class UnitHandoversResolver {
  @FieldResolver(() => [Handover], {
    nullable: true,
    description: "Active handovers this unit received, oldest first (empty outside the caller's scope).",
  })
  async handoversReceived(@Root() unit: UnitRef, @Ctx() ctx: RequestContext) {
    if (!ctx.identity) return null;
    return (await handoversReceivedLoader(ctx).load(unit.id)) ?? [];
  }
}
