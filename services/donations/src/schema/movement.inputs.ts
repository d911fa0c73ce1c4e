import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@dx/subgraph-kit';
import { type ItemCategoryName } from '../domain/categories';
import { MAX_QUANTITY } from '../domain/item-lines';
import { ItemCategory, WriteOffReason } from './enums';
import type { WriteOffReasonName } from '../domain/movements';

import { DonationItemInput } from './inputs';

const QUANTITY = { message: `A quantity is a whole number from 1 to ${MAX_QUANTITY}.` };

@InputType()
export class CorrectDonationInput {
  @Field(() => ID, { nullable: true })
  donorId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  receivedAt?: string | null;

  @Field(() => [DonationItemInput], {
    nullable: true,
    description: 'The corrected lines, all of them; stock follows the difference.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'A donation has at least one item line; void it instead.' })
  @ArrayMaxSize(100, { message: 'A donation may have at most 100 item lines.' })
  @ValidateNested({ each: true })
  items?: DonationItemInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'A note may have at most 500 characters.' })
  note?: string | null;

  @Field({ description: 'Why it is corrected (kept with the record and in the audit).' })
  reason: string;
}

@InputType()
export class AcceptanceInput {
  @Field(() => ID, { description: 'Who signed for the recipient, usually the team leader.' })
  signedById: string;

  @Field(() => DateScalar)
  signedOn: string;

  @Field(() => String, { nullable: true, description: 'A link to the signed scan (http/https).' })
  @IsOptional()
  @MaxLength(500, { message: 'A link may have at most 500 characters.' })
  scanUrl?: string | null;
}

@InputType()
export class MovementLineInput {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  @IsInt(QUANTITY)
  @Min(1, QUANTITY)
  @Max(MAX_QUANTITY, QUANTITY)
  quantity: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000, { message: 'A line may list at most 1000 serial numbers.' })
  serialNumbers?: string[] | null;
}

@InputType()
export class TransferStockInput {
  @Field(() => ID, { nullable: true, description: "The store the items leave; the caller's own by default." })
  fromUnitId?: string | null;

  @Field(() => ID)
  toUnitId: string;

  @Field(() => DateScalar)
  transferredAt: string;

  @Field(() => [MovementLineInput])
  @ArrayMinSize(1, { message: 'Transfer at least one item.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: MovementLineInput[];

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
export class WriteOffInput {
  @Field(() => ID, { nullable: true, description: "The store; the caller's own by default." })
  fromUnitId?: string | null;

  @Field(() => DateScalar)
  writtenOffAt: string;

  @Field(() => WriteOffReason)
  reason: WriteOffReasonName;

  @Field(() => [MovementLineInput])
  @ArrayMinSize(1, { message: 'Write off at least one item.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: MovementLineInput[];

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
export class ReturnEquipmentInput {
  @Field(() => ID)
  teamUnitId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The store the pieces go back to; the caller's own by default.",
  })
  toUnitId?: string | null;

  @Field(() => DateScalar)
  returnedAt: string;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'List the serial numbers of the pieces that come back.' })
  @ArrayMaxSize(1000)
  serialNumbers: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'A reason may have at most 500 characters.' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'One per opened form: the same key twice returns the first record instead of writing another.',
  })
  @IsOptional()
  @MaxLength(100, { message: 'A request key may have at most 100 characters.' })
  requestKey?: string | null;
}
