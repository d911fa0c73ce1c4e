import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@dx/subgraph-kit';
import { RANKING_CRITERIA } from '../domain/ranking';
import { RATING_CLASSES, RATING_CRITERION_NAMES, RATING_STATUSES } from '../domain/rating';

export const RankingCriterion = graphqlEnum(RANKING_CRITERIA, {
  name: 'RankingCriterion',
  description: 'What the yearly ranking of units weighs.',
});
export const RankingStatus = graphqlEnum(['DRAFT', 'PUBLISHED'] as const, {
  name: 'RankingStatus',
  description: 'DRAFT: computed from the data on each look; PUBLISHED: frozen as the committee announced it.',
});
export const RatingCriterion = graphqlEnum(RATING_CRITERION_NAMES, {
  name: 'RatingCriterion',
  description: "The month's criteria of a civil servant's DX rating.",
});
export const RatingStatus = graphqlEnum(RATING_STATUSES, {
  name: 'RatingStatus',
  description: 'SUBMITTED by the person (open to them) → APPROVED by the unit head (the month is locked).',
});
export const RatingClass = graphqlEnum(RATING_CLASSES, {
  name: 'RatingClass',
  description: 'Xếp loại: excellent (≥ 90), good (≥ 70), completed (≥ 50), not completed.',
});

@ObjectType({ description: "One criterion's share of a unit's yearly score." })
export class RankingPart {
  @Field({ description: 'A RankingCriterion: TASK_DELIVERY, INDICATORS, TRAINING or CAMPAIGNS.' })
  criterion: string;

  @Field(() => Float, { description: 'Points out of 100 the criterion weighs this year.' })
  weight: number;

  @Field(() => Float, {
    nullable: true,
    description: '0–100; null when the unit has no data for it (it then does not count).',
  })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'weight × value / 100.' })
  points: number | null;
}

@ObjectType({ description: "A unit's line of the year's DX ranking." })
export class UnitRanking {
  unitId: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Weighted mean of the parts with data; null: no data at all.',
  })
  score: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Equal scores share a rank; null for a unit without data.',
  })
  rank: number | null;

  @Field({ description: 'No data in any part: listed apart, neither first nor last.' })
  noData: boolean;

  @Field(() => [RankingPart])
  parts: RankingPart[];
}

@ObjectType()
export class RankingWeight {
  @Field(() => RankingCriterion)
  criterion: string;

  @Field(() => Int)
  weight: number;
}

@ObjectType({ description: "A year's ranking of the units below one unit: weights and publication." })
export class RankingSetup {
  @Field(() => Int)
  year: number;

  parentUnitId: string;

  @Field(() => RankingStatus)
  status: string;

  @Field(() => String, { nullable: true })
  publishedAt: string | null;

  @Field(() => [RankingWeight])
  weights: RankingWeight[];

  @Field(() => Int, { description: '0 until the weights are first saved.' })
  version: number;
}

@ObjectType({ description: "A unit's published result of one year." })
export class RankingTrendPoint {
  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => Int, { description: 'Units ranked that year.' })
  rankedUnits: number;
}

@ObjectType({ description: "An indicator's target for one year." })
export class IndicatorYearTarget {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Float)
  target: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class IndicatorMonthPoint {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Float, { nullable: true, description: 'null: no figures that month.' })
  value: number | null;

  @Field(() => Boolean, { nullable: true })
  meetsTarget: boolean | null;
}

@ObjectType({
  description: "A unit's indicator (with its sub-units' figures) month by month against the year's target.",
})
export class IndicatorChart {
  indicatorId: string;
  unitId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field()
  higherIsBetter: boolean;

  @Field(() => [IndicatorMonthPoint])
  months: IndicatorMonthPoint[];
}

@ObjectType()
export class RatingScore {
  @Field(() => RatingCriterion)
  criterion: string;

  @Field(() => Int)
  points: number;

  @Field(() => Int, { description: 'The most points the criterion earns.' })
  max: number;
}

@ObjectType({ description: "A civil servant's DX rating of one month." })
export class RatingMonth {
  @Field(() => ID)
  id: string;

  personId: string;
  unitId: string;
  reviewerPersonId: string | null;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => RatingStatus)
  status: string;

  @Field(() => [RatingScore])
  selfScores: RatingScore[];

  @Field(() => Int)
  selfTotal: number;

  @Field(() => String, { nullable: true })
  selfNote: string | null;

  @Field(() => [RatingScore], { nullable: true, description: "The head's points, once approved." })
  finalScores: RatingScore[] | null;

  @Field(() => Int, { nullable: true })
  finalTotal: number | null;

  @Field(() => RatingClass, {
    description: "Of the head's points once approved, else of the self-assessment.",
  })
  classification: string;

  @Field({ description: 'The head changed the points.' })
  corrected: boolean;

  @Field(() => String, { nullable: true })
  reviewReason: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  reviewedOn: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({
  description: "A person's year: the months rated and the year's classification from the approved ones.",
})
export class YearRating {
  personId: string;

  @Field(() => Int)
  year: number;

  @Field(() => [RatingMonth])
  months: RatingMonth[];

  @Field(() => Int, { description: 'Approved months counted.' })
  approvedMonths: number;

  @Field({ description: 'All twelve months approved; before that the class is provisional.' })
  final: boolean;

  @Field(() => Float, { nullable: true })
  average: number | null;

  @Field(() => RatingClass, { nullable: true })
  classification: string | null;
}

@ObjectType({ description: 'The head who approves the monthly ratings of a unit and the units below it.' })
export class UnitRater {
  unitId: string;
  personId: string;

  @Field(() => Int)
  version: number;
}
