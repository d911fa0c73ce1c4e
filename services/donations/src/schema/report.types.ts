import { Field, Int, ObjectType } from 'type-graphql';
import type { ItemCategoryName } from '../domain/categories';
import { ItemCategory } from './enums';
import { UnitRef } from '@dx/subgraph-kit';
import { Donation, Donor } from './types';

@ObjectType({ description: 'One calendar year: what came in and what went out to units.' })
export class YearReportLine {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  received: number;

  @Field(() => Int)
  donations: number;

  @Field(() => Int, { description: 'Estimated value received, in đồng.' })
  estimatedValueVnd: number;

  @Field(() => Int)
  handedOver: number;

  @Field(() => Int)
  handovers: number;

  @Field(() => Int)
  recipients: number;
}

@ObjectType()
export class CategoryQuantity {
  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  quantity: number;
}

@ObjectType({ description: 'Pieces of a donor’s gift that a team holds now.' })
export class GiftPlacement {
  @Field(() => UnitRef)
  team: UnitRef;

  @Field(() => ItemCategory)
  category: ItemCategoryName;

  @Field(() => Int)
  quantity: number;

  @Field(() => [String])
  serialNumbers: string[];
}

@ObjectType({ description: 'What a thank-you letter to a donor says: what they gave and what it became.' })
export class ThankYouLetter {
  @Field(() => Donor)
  donor: Donor;

  @Field(() => [Donation])
  donations: Donation[];

  @Field(() => [CategoryQuantity])
  given: CategoryQuantity[];

  @Field(() => Int)
  estimatedValueVnd: number;

  @Field(() => [GiftPlacement])
  placements: GiftPlacement[];
}
