import type { Refusal } from './task-rules';

/** The month's criteria of a civil servant's DX rating (Lĩnh Nam), with the most points each earns. */
export const RATING_CRITERIA = [
  { criterion: 'TASKS_ON_TIME', max: 40 },
  { criterion: 'TRAINING', max: 30 },
  { criterion: 'DIGITAL_TOOLS', max: 30 },
] as const;
export type RatingCriterionName = (typeof RATING_CRITERIA)[number]['criterion'];
export const RATING_CRITERION_NAMES = RATING_CRITERIA.map((c) => c.criterion) as RatingCriterionName[];

export type RatingScores = Record<RatingCriterionName, number>;

/** SUBMITTED: the person's self-assessment, open to them; APPROVED by the unit head: the month is locked. */
export const RATING_STATUSES = ['SUBMITTED', 'APPROVED'] as const;
export type RatingStatusName = (typeof RATING_STATUSES)[number];

/** The emulation classes (xếp loại), best first. */
export const RATING_CLASSES = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'] as const;
export type RatingClassName = (typeof RATING_CLASSES)[number];

export function scoresProblem(scores: { criterion: string; points: number }[]): Refusal | null {
  const names = new Set(scores.map((s) => s.criterion));
  if (
    names.size !== scores.length ||
    RATING_CRITERIA.some((c) => !names.has(c.criterion)) ||
    scores.length !== RATING_CRITERIA.length
  ) {
    return {
      message: `Give points for each criterion (${RATING_CRITERION_NAMES.join(', ')}).`,
      key: 'errors.ratingCriteriaEach',
      params: { criteria: RATING_CRITERION_NAMES.join(', ') },
    };
  }
  for (const { criterion, max } of RATING_CRITERIA) {
    const points = scores.find((s) => s.criterion === criterion)!.points;
    if (!Number.isInteger(points) || points < 0 || points > max) {
      return {
        message: `Points for ${criterion} are a whole number from 0 to ${max} (given ${points}).`,
        key: 'errors.ratingPointsRange',
        params: { criterion, max, points },
      };
    }
  }
  return null;
}

export function toScores(list: { criterion: string; points: number }[]): RatingScores {
  return Object.fromEntries(list.map((s) => [s.criterion, s.points])) as RatingScores;
}

export function totalOf(scores: RatingScores): number {
  return RATING_CRITERION_NAMES.reduce((s, c) => s + scores[c], 0);
}

export function sameScores(a: RatingScores, b: RatingScores): boolean {
  return RATING_CRITERION_NAMES.every((c) => a[c] === b[c]);
}

/** Out of 100: 90 and more excellent, 70 good, 50 completed, below that not completed. */
export function classify(total: number): RatingClassName {
  if (total >= 90) return 'EXCELLENT';
  if (total >= 70) return 'GOOD';
  if (total >= 50) return 'COMPLETED';
  return 'NOT_COMPLETED';
}

export interface YearClassification {
  /** Approved months counted. */
  months: number;
  /** The year is settled once all twelve months are approved; before that it is provisional. */
  final: boolean;
  average: number | null;
  classification: RatingClassName | null;
}

/**
 * The year's class is the class of the mean of the approved months, except that a year with a month
 * not completed is at most COMPLETED (a month's failure is not averaged away).
 */
export function classifyYear(approvedTotals: number[]): YearClassification {
  if (!approvedTotals.length) return { months: 0, final: false, average: null, classification: null };
  const average = Math.round((approvedTotals.reduce((s, t) => s + t, 0) / approvedTotals.length) * 10) / 10;
  let classification = classify(average);
  if (
    approvedTotals.some((t) => classify(t) === 'NOT_COMPLETED') &&
    (classification === 'EXCELLENT' || classification === 'GOOD')
  )
    classification = 'COMPLETED';
  return { months: approvedTotals.length, final: approvedTotals.length >= 12, average, classification };
}

/** A month may be rated once it has begun (a self-assessment of a month to come says nothing). */
export function monthNotOpenProblem(month: string, today: string): Refusal | null {
  if (month <= today.slice(0, 7)) return null;
  return {
    message: `The month ${month} has not begun yet; rate it from its first day.`,
    key: 'errors.ratingMonthNotBegun',
    params: { month },
  };
}
