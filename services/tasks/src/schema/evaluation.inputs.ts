import { Field, InputType, Int } from 'type-graphql';
import { RankingCriterion, RatingCriterion } from './evaluation.types';

@InputType()
export class RankingWeightInput {
  @Field(() => RankingCriterion)
  criterion: string;

  @Field(() => Int)
  weight: number;
}

@InputType()
export class RatingScoreInput {
  @Field(() => RatingCriterion)
  criterion: string;

  @Field(() => Int)
  points: number;
}
