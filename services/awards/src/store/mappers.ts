import type { AwardCriterionRecord } from '../entities/award-criterion.entity';
import type { AwardRoundRecord } from '../entities/award-round.entity';
import type { NominationRecord } from '../entities/nomination.entity';
import type { ReviewRecord } from '../entities/review.entity';
import { fromHundredths } from '../domain/scoring';
import { citationOf } from '../domain/award-form';
import type { AwardReviewerRecord } from '../entities/award-reviewer.entity';
import type {
  AwardRound,
  Nomination,
  Recusal,
  Review,
  ReviewCriterion,
  ReviewerAssignment,
} from '../schema/types';

export function toRound(r: AwardRoundRecord): AwardRound {
  return {
    id: String(r.id),
    title: r.title,
    occasion: r.occasion,
    organizerUnitId: String(r.organizerUnitId),
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    collectiveQuota: r.collectiveQuota,
    individualQuota: r.individualQuota,
    approvedCollectives: r.approvedCollectives,
    approvedIndividuals: r.approvedIndividuals,
    closedOn: r.closedOn,
    minReviews: r.minReviews,
    awardKind: r.awardKind,
    issuingBody: r.issuingBody,
    place: r.place,
    signerTitle: r.signerTitle,
    signerName: r.signerName,
    legalGrounds: r.legalGrounds,
    version: r.version,
  };
}

export const toCriterion = (c: AwardCriterionRecord): ReviewCriterion => ({
  id: String(c.id),
  name: c.name,
  weight: c.weight,
});

export function toNomination(n: NominationRecord): Nomination {
  return {
    id: String(n.id),
    roundId: String(n.roundId),
    kind: n.kind,
    nomineeUnitId: n.nomineeUnitId === null ? null : String(n.nomineeUnitId),
    nomineePersonId: n.nomineePersonId === null ? null : String(n.nomineePersonId),
    nomineeHomeUnitId: String(n.nomineeHomeUnitId),
    nomineeUnitPath: n.nomineeUnitPath,
    nominatingUnitId: String(n.nominatingUnitId),
    nomineeName: n.nomineeName,
    achievements: n.achievements,
    citation: n.citation,
    certificateWording: citationOf(n.citation, n.achievements),
    statusReason: n.statusReason,
    nominatedByAccountId: n.nominatedByAccountId === null ? null : String(n.nominatedByAccountId),
    nominatedByPersonId: n.nominatedByPersonId === null ? null : String(n.nominatedByPersonId),
    evidenceLinks: n.evidenceLinks ?? [],
    status: n.status,
    reviewCount: n.reviewCount,
    averageScore: n.reviewCount > 0 ? fromHundredths(n.scoreHundredths) : null,
    decisionNo: n.decisionNo,
    decidedOn: n.decidedOn,
    submittedAt: n.submittedAt,
    createdAt: n.createdAt,
    version: n.version,
  };
}

export function toReview(r: ReviewRecord): Review {
  return {
    id: String(r.id),
    reviewerPersonId: String(r.reviewerPersonId),
    score: r.score ?? 0,
    criterionScores: r.criterionScores ?? [],
    weightedScore: fromHundredths(r.weightedScoreHundredths ?? 0),
    comment: r.comment,
    reviewedAt: r.updatedAt,
  };
}

export const toRecusal = (r: ReviewRecord): Recusal => ({
  reviewerPersonId: String(r.reviewerPersonId),
  reason: r.recusalReason ?? '',
  at: r.updatedAt,
});

export const toAssignment = (r: AwardReviewerRecord): ReviewerAssignment => ({
  id: String(r.id),
  roundId: String(r.roundId),
  personId: String(r.personId),
  nominationId: r.nominationId === null ? null : String(r.nominationId),
  personName: r.personName,
});
