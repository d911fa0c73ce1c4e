import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@dx/subgraph-kit';
import { DONOR_KINDS, type ItemCategoryName, type ItemConditionName } from '../domain/categories';
import { MAX_LINE_VALUE_VND, MAX_QUANTITY } from '../domain/item-lines';
import { ItemCategory, ItemCondition } from './enums';
import type {} from '../domain/movements';

const QUANTITY = { message: `A quantity is a whole number from 1 to ${MAX_QUANTITY}.` };
const KIND = { message: `A donor kind is one of ${DONOR_KINDS.join(', ')}.` };

@InputType()
export class CreateDonorInput {
  @Field()
  @MinLength(1, { message: 'The donor name is required.' })
  @MaxLength(200, { message: 'A donor name may have at most 200 characters.' })
  name: string;

  @Field({ description: 'ORGANISATION, BUSINESS, INDIVIDUAL or SOCIAL_SOURCES.' })
  @IsIn([...DONOR_KINDS], KIND)
  kind: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'Contact details may have at most 300 characters.' })
  contact?: string | null;
}

@InputType()
export class UpdateDonorInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'The donor name is required.' })
  @MaxLength(200, { message: 'A donor name may have at most 200 characters.' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn([...DONOR_KINDS], KIND)
  kind?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'Contact details may have at most 300 characters.' })
  contact?: string | null;
}

@InputType()
export class DonationItemInput {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field()
  @MinLength(1, { message: 'Describe the item, e.g. "Máy tính để bàn".' })
  @MaxLength(300, { message: 'A description may have at most 300 characters.' })
  description: string;

  @Field(() => Int)
  @IsInt(QUANTITY)
  @Min(1, QUANTITY)
  @Max(MAX_QUANTITY, QUANTITY)
  quantity: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000, { message: 'A line may list at most 1000 serial numbers.' })
  serialNumbers?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Of the whole line, in đồng.' })
  @IsOptional()
  @Min(0, { message: 'An estimated value cannot be negative.' })
  @Max(MAX_LINE_VALUE_VND, {
    message: `An estimated value may be at most ${MAX_LINE_VALUE_VND} đồng per line.`,
  })
  estimatedValueVnd?: number | null;

  @Field(() => ItemCondition, { nullable: true, description: 'NEW when not given.' })
  condition?: ItemConditionName | null;
}

@InputType()
export class RecordDonationInput {
  @Field(() => ID)
  donorId: string;

  @Field(() => DateScalar)
  receivedAt: string;

  @Field(() => [DonationItemInput])
  @ArrayMinSize(1, { message: 'A donation has at least one item line.' })
  @ArrayMaxSize(100, { message: 'A donation may have at most 100 item lines.' })
  @ValidateNested({ each: true })
  items: DonationItemInput[];

  @Field(() => ID, {
    nullable: true,
    description: "The unit whose store receives the items; defaults to the caller's scope unit.",
  })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'A note may have at most 500 characters.' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'One per opened form: the same key twice returns the first record instead of writing another.',
  })
  @IsOptional()
  @MaxLength(100, { message: 'A request key may have at most 100 characters.' })
  requestKey?: string | null;
}

@InputType()
export class HandoverItemInput {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  @IsInt(QUANTITY)
  @Min(1, QUANTITY)
  @Max(MAX_QUANTITY, QUANTITY)
  quantity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'A description may have at most 300 characters.' })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000, { message: 'A line may list at most 1000 serial numbers.' })
  serialNumbers?: string[] | null;

  @Field(() => ItemCondition, { nullable: true, description: "The picked pieces' condition when not given." })
  condition?: ItemConditionName | null;

  @Field(() => Int, {
    nullable: true,
    description: "Of the whole line, in đồng; the picked pieces' values when not given.",
  })
  @IsOptional()
  @Min(0, { message: 'An estimated value cannot be negative.' })
  @Max(MAX_LINE_VALUE_VND, {
    message: `An estimated value may be at most ${MAX_LINE_VALUE_VND} đồng per line.`,
  })
  estimatedValueVnd?: number | null;
}

@InputType()
export class HandOverInput {
  @Field(() => ID)
  recipientUnitId: string;

  @Field(() => [HandoverItemInput])
  @ArrayMinSize(1, { message: 'Hand over at least one item.' })
  @ArrayMaxSize(50, { message: 'A handover may have at most 50 item lines.' })
  @ValidateNested({ each: true })
  items: HandoverItemInput[];

  @Field(() => DateScalar)
  handedOverAt: string;

  @Field(() => ID, { nullable: true })
  receivedById?: string | null;

  @Field(() => ID, { nullable: true, description: "Who handed over; defaults to the caller's own person." })
  handedOverById?: string | null;

  @Field(() => ID, { nullable: true })
  witnessId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The store to take from; defaults to the nearest store above the recipient that keeps the items.',
  })
  fromUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'A note may have at most 500 characters.' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'One per opened form: the same key twice returns the first record instead of writing another.',
  })
  @IsOptional()
  @MaxLength(100, { message: 'A request key may have at most 100 characters.' })
  requestKey?: string | null;
}

@InputType()
export class TeamRecipientInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => ID, { nullable: true, description: 'Who signs for the team, usually its leader.' })
  receivedById?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The serials of the pieces this team receives (any of the categories it receives).',
  })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'A team may receive at most 200 serialled pieces at a time.' })
  serialNumbers?: string[] | null;
}

@InputType()
export class DistributeInput {
  @Field(() => [TeamRecipientInput])
  @ArrayMinSize(1, { message: 'List at least one team.' })
  @ArrayMaxSize(200, { message: 'Distribute to at most 200 teams at a time.' })
  @ValidateNested({ each: true })
  teams: TeamRecipientInput[];

  @Field(() => [HandoverItemInput], {
    description: 'What each team receives, e.g. one COMPUTER, one PRINTER, one FURNITURE_SET.',
  })
  @ArrayMinSize(1, { message: 'Choose at least one item for each team.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  itemsPerTeam: HandoverItemInput[];

  @Field(() => DateScalar)
  handedOverAt: string;

  @Field(() => ID, { nullable: true })
  handedOverById?: string | null;

  @Field(() => ID, { nullable: true })
  witnessId?: string | null;

  @Field(() => ID, { nullable: true })
  fromUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'A note may have at most 500 characters.' })
  note?: string | null;
}
