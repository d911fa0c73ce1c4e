import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { IndicatorMeasureName } from '../domain/indicators';
import { IndicatorMeasure } from './enums';

@ObjectType({ description: 'A monthly DX indicator, e.g. the share of documents signed digitally.' })
export class Indicator {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: 'e.g. "cuộc họp" or "%".' })
  unitOfMeasure: string;

  @Field(() => IndicatorMeasure)
  measure: IndicatorMeasureName;

  @Field(() => String, { nullable: true })
  numeratorLabel: string | null;

  @Field(() => String, { nullable: true })
  denominatorLabel: string | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field()
  higherIsBetter: boolean;

  @Field()
  active: boolean;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: "One unit's figures for one indicator in one month." })
export class IndicatorValue {
  @Field(() => ID)
  id: string;

  indicatorId: string;
  unitId: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  numerator: number;

  @Field(() => Int, { nullable: true })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: 'The count, or the share in percent.' })
  value: number | null;

  @Field(() => Boolean, { nullable: true })
  meetsTarget: boolean | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'An indicator summed over the units of a report.' })
export class IndicatorTotal {
  indicatorId: string;

  @Field(() => Int, { description: 'Units that reported it.' })
  units: number;

  @Field(() => Int)
  numerator: number;

  @Field(() => Int, { nullable: true })
  denominator: number | null;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Boolean, { nullable: true })
  meetsTarget: boolean | null;
}

@ObjectType({
  description: "The month's thematic DX report: each unit's figures and the totals across them.",
})
export class IndicatorReport {
  @Field()
  month: string;

  @Field(() => [IndicatorValue])
  values: IndicatorValue[];

  @Field(() => [IndicatorTotal])
  totals: IndicatorTotal[];
}
