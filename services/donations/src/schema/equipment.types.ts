import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateScalar, UnitRef } from '@dx/subgraph-kit';
import type { ItemCategoryName, ItemConditionName } from '../domain/categories';
import type { EquipmentEventKindName, EquipmentStatusName } from '../domain/equipment';
import type { MovementKindName, WriteOffReasonName } from '../domain/movements';
import {
  EquipmentEventKind,
  EquipmentStatus,
  ItemCategory,
  ItemCondition,
  MovementKind,
  WriteOffReason,
} from './enums';

@ObjectType({ description: 'One line of a serial’s history.' })
export class EquipmentEvent {
  @Field(() => EquipmentEventKind)
  kind: EquipmentEventKindName;

  @Field(() => DateScalar)
  occurredOn: string;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'Where it came from (null: a donor, or the central store).',
  })
  from: UnitRef | null;

  @Field(() => UnitRef, { nullable: true })
  to: UnitRef | null;

  @Field(() => String, {
    nullable: true,
    description: 'The record behind the move: #donation, BB-…, PX-…, TL-…, TH-….',
  })
  documentNo: string | null;

  @Field(() => String, { nullable: true, description: 'The donor (RECEIVED) or the reason given.' })
  reason: string | null;

  @Field(() => String, { nullable: true })
  recordedBy: string | null;

  @Field(() => Date)
  recordedAt: Date;
}

@ObjectType({ description: 'A piece of equipment traced by its serial number.' })
export class EquipmentPiece {
  @Field(() => ID)
  id: string;

  @Field()
  serial: string;

  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field({ description: 'Model or description, as received.' })
  model: string;

  @Field(() => ItemCondition)
  condition: ItemConditionName;

  @Field(() => Int, { nullable: true, description: 'In đồng.' })
  estimatedValueVnd: number | null;

  @Field(() => EquipmentStatus)
  status: EquipmentStatusName;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The store holding it (IN_STORE); null for the central store or elsewhere.',
  })
  store: UnitRef | null;

  @Field(() => UnitRef, { nullable: true, description: 'The team holding it (HANDED_OVER).' })
  team: UnitRef | null;

  donationId: string;
  handoverId: string | null;
}

@ObjectType()
export class MovementLine {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  quantity: number;

  @Field(() => [String])
  serialNumbers: string[];
}

@ObjectType({
  description:
    'A transfer between stores (PX-…), a write-off (TL-…) or a return from a team (TH-…), with its record.',
})
export class StockMovement {
  @Field(() => ID)
  id: string;

  @Field()
  recordNo: string;

  @Field(() => MovementKind)
  kind: MovementKindName;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The store (or, for a return, the team) the items left.',
  })
  from: UnitRef | null;

  @Field(() => UnitRef, { nullable: true, description: 'The store they went to; null for a write-off.' })
  to: UnitRef | null;

  @Field(() => DateScalar)
  occurredOn: string;

  @Field(() => WriteOffReason, { nullable: true })
  reason: WriteOffReasonName | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  recordedBy: string | null;
}

@ObjectType({ description: 'What a team holds of one category (active handovers less returns).' })
export class TeamHolding {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  quantity: number;
}

@ObjectType()
export class TeamEquipment {
  @Field(() => UnitRef)
  team: UnitRef;

  @Field(() => [TeamHolding])
  holdings: TeamHolding[];

  @Field(() => [EquipmentPiece], { description: 'The pieces with serials the team holds.' })
  pieces: EquipmentPiece[];
}

export const StockMovementConnection = ConnectionType(StockMovement);
export const EquipmentPieceConnection = ConnectionType(EquipmentPiece);
