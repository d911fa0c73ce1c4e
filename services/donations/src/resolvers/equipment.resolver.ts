import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@dx/subgraph-kit';
import type { ItemCategoryName } from '../domain/categories';
import type { EquipmentStatusName } from '../domain/equipment';
import { EquipmentStatus, ItemCategory } from '../schema/enums';
import {
  EquipmentEvent,
  EquipmentPiece,
  EquipmentPieceConnection,
  TeamEquipment,
} from '../schema/equipment.types';
import { Donor, HandoverItem } from '../schema/types';
import {
  historyOf,
  listPieces,
  pieceBySerial,
  piecesBySerials,
  teamEquipment,
} from '../store/equipment-queries';
import { donationLoader, donorLoader, handoverLoader } from '../store/loaders';

@Resolver(() => EquipmentPiece)
export class EquipmentResolver {
  @Authorized()
  @Query(() => EquipmentPiece, {
    nullable: true,
    description: "A piece by its serial number (any case); null outside the caller's scope.",
  })
  equipment(@Arg('serial') serial: string, @Ctx() ctx: RequestContext) {
    return pieceBySerial(ctx, serial);
  }

  @Authorized()
  @Query(() => EquipmentPieceConnection, {
    description:
      'Pieces with serials, by serial: in one store (serial pickers) or anywhere in scope; IN_STORE unless `status`.',
  })
  equipmentPieces(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('storeUnitId', () => ID, { nullable: true }) storeUnitId?: string,
    @Arg('category', () => ItemCategory, { nullable: true }) category?: ItemCategoryName,
    @Arg('status', () => EquipmentStatus, { nullable: true }) status?: EquipmentStatusName,
    @Arg('search', () => String, { nullable: true, description: 'Part of a serial.' }) search?: string,
  ) {
    return listPieces(ctx, page, { storeUnitId, category, status, search });
  }

  @Authorized()
  @Query(() => TeamEquipment, { description: 'What a team holds: per category and the pieces with serials.' })
  teamEquipment(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: RequestContext) {
    return teamEquipment(ctx, unitId);
  }

  @FieldResolver(() => [EquipmentEvent], {
    description: 'Received from, transferred, handed to, returned, written off: oldest first.',
  })
  history(@Root() piece: EquipmentPiece, @Ctx() ctx: RequestContext) {
    return historyOf(ctx, piece.id);
  }

  @FieldResolver(() => Donor, { nullable: true })
  async donor(@Root() piece: EquipmentPiece, @Ctx() ctx: RequestContext) {
    const donation = await donationLoader(ctx).load(piece.donationId);
    return donation ? donorLoader(ctx).load(donation.donorId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The record number of the handover that gave it to its team.',
  })
  async handoverRecordNo(@Root() piece: EquipmentPiece, @Ctx() ctx: RequestContext) {
    return piece.handoverId ? ((await handoverLoader(ctx).load(piece.handoverId))?.recordNo ?? null) : null;
  }
}

@Resolver(() => HandoverItem)
export class HandoverItemResolver {
  @FieldResolver(() => [EquipmentPiece], {
    description: 'The pieces the line named: model, serial, value and condition for the record.',
  })
  pieces(@Root() item: HandoverItem, @Ctx() ctx: RequestContext) {
    return piecesBySerials(ctx, item.serialNumbers);
  }
}
