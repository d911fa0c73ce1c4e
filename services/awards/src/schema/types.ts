import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateScalar, graphqlEnum } from '@dx/subgraph-kit';
import { NOMINATION_STATUSES, type NominationStatusName } from '../domain/nomination-status';
import type { NominationKind as NominationKindName } from '../domain/nominee';
import type { RoundPhase as RoundPhaseName } from '../domain/round-window';
import { AWARD_KINDS, type AwardKindName } from '../domain/award-form';

export const NominationStatus = graphqlEnum(NOMINATION_STATUSES, {
  name: 'NominationStatus',
  description: 'DRAFT → SUBMITTED → APPROVED or REJECTED.',
});
export const NominationKind = graphqlEnum<NominationKindName>(['COLLECTIVE', 'INDIVIDUAL'], {
  name: 'NominationKind',
  description: 'A collective is a unit; an individual is a person.',
});
export const RoundPhase = graphqlEnum<RoundPhaseName>(['UPCOMING', 'OPEN', 'CLOSED'], {
  name: 'RoundPhase',
  description: 'Whether a round takes nominations today (Vietnam time).',
});
export const AwardKind = graphqlEnum(AWARD_KINDS, {
  name: 'AwardKind',
  description: 'GIAY_KHEN (Giấy khen) or BANG_KHEN (Bằng khen).',
});
export const NominationOrder = graphqlEnum(['CREATED_ASC', 'SCORE_DESC', 'NAME_ASC'] as const, {
  name: 'NominationOrder',
});
export type NominationOrderName = keyof typeof NominationOrder;

@ObjectType({ description: 'A weighted review criterion of a round.' })
export class ReviewCriterion {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, {
    description: 'Relative weight; a review score is the weighted mean of its criterion scores.',
  })
  weight: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A commendation round: a window for nominations, quotas and review criteria.' })
export class AwardRound {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  occasion: string | null;

  organizerUnitId: string;

  @Field(() => DateScalar)
  opensAt: string;

  @Field(() => DateScalar)
  closesAt: string;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many collectives are approved; empty for no limit.',
  })
  collectiveQuota: number | null;

  @Field(() => Int, { nullable: true })
  individualQuota: number | null;

  @Field(() => Int)
  approvedCollectives: number;

  @Field(() => Int)
  approvedIndividuals: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day the committee closed the round early.' })
  closedOn: string | null;

  @Field(() => Int, { description: 'Reviews each nomination needs before a decision (default 1).' })
  minReviews: number;

  @Field(() => AwardKind)
  awardKind: AwardKindName;

  @Field(() => String, {
    nullable: true,
    description: 'As printed on the decision and certificates, e.g. "UBND PHƯỜNG CỬA NAM".',
  })
  issuingBody: string | null;

  @Field(() => String, { nullable: true, description: 'The place of the place-and-date line.' })
  place: string | null;

  @Field(() => String, { nullable: true })
  signerTitle: string | null;

  @Field(() => String, { nullable: true })
  signerName: string | null;

  @Field(() => String, { nullable: true, description: 'The "Căn cứ ..." lines of the decision.' })
  legalGrounds: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'A committee member assigned to review a round, or one nomination of it.' })
export class ReviewerAssignment {
  @Field(() => ID)
  id: string;

  roundId: string;
  personId: string;

  @Field(() => ID, { nullable: true, description: 'Empty: every nomination of the round.' })
  nominationId: string | null;

  @Field({ description: 'The name when assigned.' })
  personName: string;
}

@ObjectType()
export class CriterionScoreEntry {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int)
  score: number;
}

@ObjectType({ description: "A committee member's score of a nomination." })
export class Review {
  id: string;
  reviewerPersonId: string;

  @Field(() => Int, { description: 'The overall score, 1 to 10.' })
  score: number;

  @Field(() => [CriterionScoreEntry], {
    description: 'Scores per criterion, where the round defines criteria.',
  })
  criterionScores: CriterionScoreEntry[];

  @Field(() => Float, {
    description: 'The weighted mean of the criterion scores, or the overall score where there are none.',
  })
  weightedScore: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  reviewedAt: Date;
}

@ObjectType({ description: 'A committee member stepping aside from a nomination, with the reason.' })
export class Recusal {
  reviewerPersonId: string;

  @Field()
  reason: string;

  @Field(() => Date)
  at: Date;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A collective (unit) or an individual (person) proposed for commendation in a round.',
})
export class Nomination {
  @Field(() => ID)
  id: string;

  roundId: string;

  @Field(() => NominationKind)
  kind: NominationKindName;

  nomineeUnitId: string | null;
  nomineePersonId: string | null;
  nomineeHomeUnitId: string;
  nomineeUnitPath: string;
  nominatingUnitId: string;

  @Field({ description: 'The name of the unit or person when nominated.' })
  nomineeName: string;

  @Field()
  achievements: string;

  @Field(() => String, { nullable: true, description: 'The wording the nominator gave for the certificate.' })
  citation: string | null;

  @Field({
    description:
      'What the certificate says after "thành tích xuất sắc trong": the citation, else the first sentence of the achievements.',
  })
  certificateWording: string;

  @Field(() => String, { nullable: true, description: 'Why it was returned for revision or withdrawn.' })
  statusReason: string | null;

  nominatedByAccountId: string | null;
  nominatedByPersonId: string | null;

  @Field(() => [String])
  evidenceLinks: string[];

  @Field(() => NominationStatus)
  status: NominationStatusName;

  @Field(() => Int)
  reviewCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the weighted review scores; empty until reviewed.',
  })
  averageScore: number | null;

  @Field(() => String, { nullable: true })
  decisionNo: string | null;

  @Field(() => DateScalar, { nullable: true })
  decidedOn: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Int)
  version: number;
}

export const AwardRoundConnection = ConnectionType(AwardRound);
export const NominationConnection = ConnectionType(Nomination);
