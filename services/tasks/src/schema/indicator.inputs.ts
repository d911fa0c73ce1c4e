import { IsOptional, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { IndicatorMeasureName } from '../domain/indicators';
import { IndicatorMeasure } from './enums';

@InputType()
export class CreateIndicatorInput {
  @Field()
  @Matches(/^[A-Z0-9_]{2,40}$/, {
    message: 'An indicator code has 2 to 40 capital letters, digits or underscores.',
  })
  code: string;

  @Field()
  @MinLength(1, { message: 'The indicator name is required.' })
  @MaxLength(300, { message: 'An indicator name may have at most 300 characters.' })
  name: string;

  @Field()
  @MinLength(1, { message: 'The unit of measure is required.' })
  @MaxLength(40, { message: 'A unit of measure may have at most 40 characters.' })
  unitOfMeasure: string;

  @Field(() => IndicatorMeasure)
  measure: IndicatorMeasureName;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'A label may have at most 200 characters.' })
  numeratorLabel?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'A label may have at most 200 characters.' })
  denominatorLabel?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'A target is 0 or more.' })
  target?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  higherIsBetter?: boolean | null;
}

@InputType({
  description: "A unit's figures for a month; give `version` to correct figures already entered.",
})
export class RecordIndicatorValueInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => ID)
  unitId: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Write the month as YYYY-MM.' })
  month: string;

  @Field(() => Int)
  numerator: number;

  @Field(() => Int, { nullable: true })
  denominator?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'A note may have at most 500 characters.' })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you are correcting; leave out for a first entry.',
  })
  version?: number | null;
}
