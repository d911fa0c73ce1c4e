import { roundPhase, type RoundWindow } from './round-window';

export interface Refusal {
  code: string;
  message: string;
}

export interface DecisionState {
  round: RoundWindow & { minReviews: number };
  reviewCount: number;
}

/**
 * A committee decides only once nominations are no longer taken (the window has closed, or the
 * round was closed early) and each nomination has had its round's minimum number of reviews.
 */
export function decisionProblem({ round, reviewCount }: DecisionState, today: string): Refusal | null {
  if (roundPhase(round, today) !== 'CLOSED') {
    return {
      code: 'ROUND_STILL_OPEN',
      message: `This round takes nominations until ${round.closesAt}; decide after it closes, or close it first.`,
    };
  }
  if (reviewCount < round.minReviews) {
    return {
      code: 'NOT_ENOUGH_REVIEWS',
      message: `This nomination has ${reviewCount} of the ${round.minReviews} reviews the round needs before a decision.`,
    };
  }
  return null;
}

export function minReviewsProblem(minReviews: number): string | null {
  return Number.isInteger(minReviews) && minReviews >= 1 && minReviews <= 20
    ? null
    : 'A round needs from 1 to 20 reviews per nomination before a decision.';
}
