import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { StockLine } from '../schema/types';
import { availableFor, stockLines } from '../store/stock-queries';

@Resolver(() => StockLine)
export class StockResolver {
  @Authorized()
  @Query(() => [StockLine], {
    description:
      "Stock per category in the caller's scope (or below `unitId`), added up over stores; `byStore` lists each store's lines.",
  })
  stock(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('byStore', { defaultValue: false }) byStore?: boolean,
  ) {
    return stockLines(ctx, unitId, byStore ?? false);
  }

  @Authorized()
  @Query(() => [StockLine], {
    description:
      'What a handover to this unit can take: the lines of the store it would draw from (the nearest above it, or `fromUnitId`).',
  })
  availableFor(
    @Arg('recipientUnitId', () => ID) recipientUnitId: string,
    @Ctx() ctx: RequestContext,
    @Arg('fromUnitId', () => ID, { nullable: true }) fromUnitId?: string,
  ) {
    return availableFor(ctx, recipientUnitId, fromUnitId);
  }
}
