import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { DateScalar, type RequestContext, personRef, PersonRef } from '@dx/subgraph-kit';
import { CriterionScoreInput } from '../schema/inputs';
import { Nomination, Recusal, Review } from '../schema/types';
import { decideNomination } from '../store/decisions';
import { recuseFromNomination, reviewNomination } from '../store/reviews';

@Resolver(() => Review)
export class ReviewResolver {
  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => Nomination, {
    description:
      'Scores a submitted nomination 1..10 (and each criterion where the round has them); a second review by the same member replaces the first.',
  })
  reviewNomination(
    @Arg('id', () => ID) id: string,
    @Arg('score', () => Int) score: number,
    @Ctx() ctx: RequestContext,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
    @Arg('criterionScores', () => [CriterionScoreInput], { nullable: true })
    criterionScores?: CriterionScoreInput[] | null,
  ) {
    return reviewNomination(ctx, id, { score, comment, criterionScores });
  }

  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => Nomination, {
    description: "Steps aside from reviewing a nomination, with the reason; replaces one's review if any.",
  })
  recuseFromNomination(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return recuseFromNomination(ctx, id, reason);
  }

  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => Nomination, {
    description:
      'Approves (with the decision number) or rejects a submitted nomination; approvals beyond the round quota are refused (QUOTA_EXCEEDED).',
  })
  decideNomination(
    @Arg('id', () => ID) id: string,
    @Arg('approved') approved: boolean,
    @Ctx() ctx: RequestContext,
    @Arg('decisionNo', () => String, { nullable: true }) decisionNo?: string | null,
    @Arg('decidedOn', () => DateScalar, {
      nullable: true,
      description: 'The date of the decision; today if empty.',
    })
    decidedOn?: string | null,
  ) {
    return decideNomination(ctx, id, { approved, decisionNo, decidedOn });
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  reviewer(@Root() review: Review) {
    return personRef(review.reviewerPersonId);
  }
}

@Resolver(() => Recusal)
export class RecusalResolver {
  @FieldResolver(() => PersonRef, { nullable: true })
  reviewer(@Root() recusal: Recusal) {
    return personRef(recusal.reviewerPersonId);
  }
}
