import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@dx/subgraph-kit';
import type { MovementKindName } from '../domain/movements';
import { DESK } from '../roles';
import { MovementKind } from '../schema/enums';
import { MovementLine, StockMovement, StockMovementConnection } from '../schema/equipment.types';
import { ReturnEquipmentInput, TransferStockInput, WriteOffInput } from '../schema/movement.inputs';
import { listMovements, movementLines } from '../store/equipment-queries';
import { returnEquipment, transferStock, writeOff } from '../store/movements';

@Resolver(() => StockMovement)
export class MovementResolver {
  @Authorized()
  @Query(() => StockMovementConnection, {
    description: "Transfers, write-offs and returns touching the caller's stores, newest first.",
  })
  stockMovements(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => MovementKind, { nullable: true }) kind?: MovementKindName,
  ) {
    return listMovements(ctx, page, kind);
  }

  @FieldResolver(() => [MovementLine])
  lines(@Root() movement: StockMovement, @Ctx() ctx: RequestContext) {
    return movementLines(ctx, movement.id);
  }

  @Authorized(...DESK)
  @Mutation(() => StockMovement, {
    description:
      'Moves items from one store to another (e.g. city → ward) with a PX record; OUT_OF_STOCK beyond what the source has.',
  })
  transferStock(@Arg('input') input: TransferStockInput, @Ctx() ctx: RequestContext) {
    return transferStock(ctx, input);
  }

  @Authorized(...DESK)
  @Mutation(() => StockMovement, {
    description: 'Writes items off a store with a reason (TL record); never below zero.',
  })
  writeOffStock(@Arg('input') input: WriteOffInput, @Ctx() ctx: RequestContext) {
    return writeOff(ctx, input);
  }

  @Authorized(...DESK)
  @Mutation(() => StockMovement, {
    description: 'Takes pieces back from a team into a store, by serial (TH record).',
  })
  returnEquipment(@Arg('input') input: ReturnEquipmentInput, @Ctx() ctx: RequestContext) {
    return returnEquipment(ctx, input);
  }
}
