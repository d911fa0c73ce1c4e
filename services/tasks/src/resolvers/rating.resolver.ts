import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PersonRef, UnitRef, personRef, unitRef, type RequestContext } from '@dx/subgraph-kit';
import { RatingMonth, UnitRater, YearRating } from '../schema/evaluation.types';
import { RatingScoreInput } from '../schema/evaluation.inputs';
import * as ratings from '../store/ratings';

@Resolver(() => RatingMonth)
export class RatingMonthResolver {
  @Authorized()
  @Query(() => YearRating, {
    description:
      "A person's DX ratings of a year and the year's classification (default: the caller's own). Seen by the person, the head of their unit and the secretariat of their scope.",
  })
  yearRating(
    @Arg('year', () => Int) year: number,
    @Arg('personId', () => ID, { nullable: true }) personId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ratings.yearRating(ctx, personId, year);
  }

  @Authorized()
  @Query(() => [RatingMonth], {
    description:
      "A month's ratings the caller approves (heads) or oversees (secretariat), of a unit and below.",
  })
  unitRatings(
    @Arg('month') month: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ratings.unitRatings(ctx, month, unitId);
  }

  @Authorized()
  @Query(() => [UnitRef], { description: 'Units whose monthly ratings the caller approves as head.' })
  async myRatedUnits(@Ctx() ctx: RequestContext) {
    return (await ratings.myRatedUnits(ctx)).map((id) => unitRef(id));
  }

  @Authorized()
  @Mutation(() => RatingMonth, {
    description:
      "The caller's self-assessment of a month (first time without a version, then with it); refused once the head approved the month.",
  })
  submitRating(
    @Arg('month') month: string,
    @Arg('scores', () => [RatingScoreInput]) scores: RatingScoreInput[],
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ratings.submitRating(ctx, month, scores, note, version);
  }

  @Authorized()
  @Mutation(() => RatingMonth, {
    description:
      'The unit head approves a month as submitted, or with corrected points and the reason; the month is then locked.',
  })
  approveRating(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('scores', () => [RatingScoreInput], { nullable: true }) scores: RatingScoreInput[] | null,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ratings.reviewRating(ctx, id, version, scores, reason);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  person(@Root() rating: RatingMonth) {
    return personRef(rating.personId);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() rating: RatingMonth) {
    return unitRef(rating.unitId);
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'The head who approved it.' })
  reviewer(@Root() rating: RatingMonth) {
    return personRef(rating.reviewerPersonId);
  }
}

@Resolver(() => YearRating)
export class YearRatingResolver {
  @FieldResolver(() => PersonRef, { nullable: true })
  person(@Root() year: YearRating) {
    return personRef(year.personId);
  }
}

@Resolver(() => UnitRater)
export class UnitRaterResolver {
  @Authorized('SECRETARIAT')
  @Mutation(() => UnitRater, {
    description: 'Names the head who approves the monthly ratings of a unit and the units below it.',
  })
  setUnitRater(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ratings.setUnitRater(ctx, unitId, personId);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() rater: UnitRater) {
    return unitRef(rater.unitId);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  person(@Root() rater: UnitRater) {
    return personRef(rater.personId);
  }
}
