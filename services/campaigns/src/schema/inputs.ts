import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNumber,
  IsOptional,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@dx/subgraph-kit';
import type { MetricAggregationName } from '../domain/rollup';
import { MetricAggregation } from './types';

const REQUIRED = (what: string) => ({ message: `${what} is required.` });

@InputType()
export class CampaignMetricInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, {
    message: 'A metric code has 2 to 40 capital letters, digits or underscores, e.g. VNEID_L2.',
  })
  code: string;

  @Field()
  @MinLength(1, REQUIRED('The metric name'))
  @MaxLength(200, { message: 'A metric name may have at most 200 characters.' })
  name: string;

  @Field()
  @MinLength(1, REQUIRED('The unit of measure'))
  @MaxLength(40, { message: 'A unit of measure may have at most 40 characters.' })
  unitOfMeasure: string;

  @Field(() => MetricAggregation)
  aggregation: MetricAggregationName;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'The baseline must be a number.' })
  @Min(0, { message: 'A baseline cannot be negative.' })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'The target must be a number.' })
  @Min(0, { message: 'A target cannot be negative.' })
  target?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'The metric counts people (priority groups may be given).',
  })
  countsPeople?: boolean;
}

@InputType()
export class CreateCampaignInput {
  @Field()
  @MinLength(3, { message: 'A campaign title has at least 3 characters.' })
  @MaxLength(300, { message: 'A campaign title may have at most 300 characters.' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'A description may have at most 5,000 characters.' })
  description?: string | null;

  @Field(() => ID)
  unitId: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Units taking part (teams, the police, the Youth Union...).',
  })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'A campaign may have at most 500 participating units.' })
  participatingUnitIds?: string[] | null;

  @Field(() => [CampaignMetricInput])
  @ArrayMinSize(1, { message: 'A campaign needs at least one metric.' })
  @ArrayMaxSize(30, { message: 'A campaign may have at most 30 metrics.' })
  @ValidateNested({ each: true })
  metrics: CampaignMetricInput[];
}

@InputType()
export class AddSupportPointInput {
  @Field(() => ID)
  campaignId: string;

  @Field()
  @MinLength(1, REQUIRED('The name of the point'))
  @MaxLength(200, { message: 'A name may have at most 200 characters.' })
  name: string;

  @Field(() => ID, { nullable: true, description: "Where it stands; the campaign's unit when empty." })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'An address may have at most 300 characters.' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'A partner may have at most 200 characters.' })
  partner?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'Opening hours may have at most 200 characters.' })
  openingHours?: string | null;
}

@InputType()
export class AddVolunteerInput {
  @Field(() => ID)
  campaignId: string;

  @Field(() => ID)
  personId: string;

  @Field()
  @MinLength(1, REQUIRED('The role'))
  @MaxLength(120, { message: 'A role may have at most 120 characters.' })
  role: string;

  @Field(() => ID, { nullable: true, description: 'The support point the volunteer serves at.' })
  pointId?: string | null;
}

@InputType()
export class PriorityGroupInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'A priority group is a whole number.' })
  elderly?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'A priority group is a whole number.' })
  disabled?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'A priority group is a whole number.' })
  poorHouseholds?: number | null;
}

@InputType()
export class RecordTallyInput {
  @Field(() => ID)
  campaignId: string;

  @Field(() => DateScalar)
  day: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID, { nullable: true })
  pointId?: string | null;

  @Field()
  metricCode: string;

  @Field(() => Float)
  value: number;

  @Field(() => PriorityGroupInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  priorityGroups?: PriorityGroupInput | null;
}
