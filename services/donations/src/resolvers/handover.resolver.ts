import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@dx/subgraph-kit';
import type { HandoverStatusName } from '../entities/handover.entity';
import { DESK } from '../roles';
import { HandOverInput } from '../schema/inputs';
import { AcceptanceInput } from '../schema/movement.inputs';
import { HandoverStatus } from '../schema/enums';
import { Handover, HandoverConnection, HandoverItem } from '../schema/types';
import { handOver, listHandovers, recordAcceptance, voidHandover } from '../store/handovers';
import { handoverItemsLoader, handoverLoader } from '../store/loaders';

@Resolver(() => Handover)
export class HandoverResolver {
  @Authorized()
  @Query(() => HandoverConnection, { description: "Handovers to units in the caller's scope, newest first." })
  handovers(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('recipientUnitId', () => ID, { nullable: true }) recipientUnitId?: string,
    @Arg('status', () => HandoverStatus, { nullable: true }) status?: HandoverStatusName,
    @Arg('search', () => String, { nullable: true, description: 'Part of a record number.' }) search?: string,
  ) {
    return listHandovers(ctx, page, { recipientUnitId, status, search });
  }

  @Authorized()
  @Query(() => Handover, { nullable: true })
  handover(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return handoverLoader(ctx).load(id);
  }

  @FieldResolver(() => [HandoverItem])
  async items(@Root() handover: Handover, @Ctx() ctx: RequestContext) {
    return (await handoverItemsLoader(ctx).load(handover.id)) ?? [];
  }

  @Authorized(...DESK)
  @Mutation(() => Handover, {
    description: 'Hands items over to a unit; OUT_OF_STOCK beyond what its store has available.',
  })
  handOver(@Arg('input') input: HandOverInput, @Ctx() ctx: RequestContext) {
    return handOver(ctx, input);
  }

  @Authorized(...DESK)
  @Mutation(() => Handover, {
    description:
      'Voids a handover: its items go back to stock; the record stays, marked VOIDED with the reason.',
  })
  voidHandover(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return voidHandover(ctx, id, reason);
  }

  @Authorized(...DESK)
  @Mutation(() => Handover, {
    description:
      "Records the recipient's acceptance: who signed the record, on what day, and a link to the signed scan.",
  })
  recordHandoverAcceptance(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AcceptanceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordAcceptance(ctx, id, input);
  }
}
