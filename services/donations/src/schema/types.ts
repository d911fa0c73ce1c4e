import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateScalar, PersonRef, UnitRef } from '@dx/subgraph-kit';
import type { ItemCategoryName } from '../domain/categories';
import type { HandoverStatusName } from '../entities/handover.entity';
import { DonationStatus, HandoverStatus, ItemCategory, ItemCondition } from './enums';
import type { ItemConditionName } from '../domain/categories';
import type { DonationStatusName } from '../entities/donation.entity';

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'Who gave: an organisation, business, individual or "social sources" (xã hội hóa).',
})
export class Donor {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'ORGANISATION, BUSINESS, INDIVIDUAL or SOCIAL_SOURCES.' })
  kind: string;

  @Field(() => String, { nullable: true })
  contact: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class DonationItem {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field()
  description: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => [String])
  serialNumbers: string[];

  @Field(() => Int, { nullable: true, description: 'Estimated value of the whole line, in đồng.' })
  estimatedValueVnd: number | null;

  @Field(() => ItemCondition)
  condition: ItemConditionName;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A gift as received into the store of a unit.' })
export class Donation {
  @Field(() => ID)
  id: string;

  donorId: string;

  @Field(() => DateScalar)
  receivedAt: string;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The unit whose store received the items; null for the central store.',
  })
  holder: UnitRef | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DonationStatus)
  status: DonationStatusName;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: 'Why it was last corrected or voided.' })
  changeReason: string | null;
}

@ObjectType({ description: 'What one store holds of one category.' })
export class StockLine {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  received: number;

  @Field(() => Int)
  handedOver: number;

  @Field(() => Int)
  available: number;

  @Field(() => Int)
  transferredIn: number;

  @Field(() => Int)
  transferredOut: number;

  @Field(() => Int, { description: 'Came back from teams.' })
  returned: number;

  @Field(() => Int)
  writtenOff: number;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The store; null when the lines of several stores are added up, or for the central store.',
  })
  holder: UnitRef | null;
}

@ObjectType()
export class HandoverItem {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  quantity: number;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [String])
  serialNumbers: string[];

  @Field(() => ItemCondition, { nullable: true })
  condition: ItemConditionName | null;

  @Field(() => Int, { nullable: true, description: 'Of the whole line, in đồng.' })
  estimatedValueVnd: number | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A handover of equipment to a unit, with its record (biên bản bàn giao).' })
export class Handover {
  @Field(() => ID)
  id: string;

  @Field()
  recordNo: string;

  @Field(() => UnitRef)
  recipient: UnitRef;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The giving unit, whose store the items came from; null for the central store.',
  })
  giver: UnitRef | null;

  @Field(() => DateScalar)
  handedOverAt: string;

  @Field(() => PersonRef, { nullable: true })
  handedOverBy: PersonRef | null;

  @Field(() => PersonRef, { nullable: true })
  receivedBy: PersonRef | null;

  @Field(() => PersonRef, { nullable: true })
  witness: PersonRef | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => HandoverStatus)
  status: HandoverStatusName;

  @Field(() => String, { nullable: true })
  voidReason: string | null;

  @Field(() => Date, { nullable: true })
  voidedAt: Date | null;

  @Field(() => PersonRef, { nullable: true, description: 'Who signed the record for the recipient.' })
  acceptedBy: PersonRef | null;

  @Field(() => DateScalar, { nullable: true })
  acceptedOn: string | null;

  @Field(() => String, { nullable: true, description: 'A link to the signed scan.' })
  acceptanceScanUrl: string | null;
}

@ObjectType({ description: 'Handed over to one recipient, per category (voided handovers left out).' })
export class RecipientReportLine {
  @Field(() => UnitRef)
  recipient: UnitRef;

  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int)
  handovers: number;
}

@ObjectType({ description: 'Given by one donor, per category.' })
export class DonorReportLine {
  @Field(() => Donor)
  donor: Donor;

  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int)
  donations: number;

  @Field(() => Int, { description: 'Sum of the estimated values given, in đồng.' })
  estimatedValueVnd: number;
}

@ObjectType({ description: 'Per category across the stores in scope.' })
export class CategoryReportLine {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  received: number;

  @Field(() => Int)
  handedOver: number;

  @Field(() => Int)
  available: number;

  @Field(() => Int, { description: 'Units that received this category (active handovers).' })
  recipients: number;

  @Field(() => Int, { description: 'Sum of the estimated values received, in đồng.' })
  estimatedValueVnd: number;
}

export const DonorConnection = ConnectionType(Donor);
export const DonationConnection = ConnectionType(Donation);
export const HandoverConnection = ConnectionType(Handover);
