import type { Refusal } from './task-rules';

/** What the yearly DX ranking of units weighs (Bình Phước ranks its agencies on these every year). */
export const RANKING_CRITERIA = ['TASK_DELIVERY', 'INDICATORS', 'TRAINING', 'CAMPAIGNS'] as const;
export type RankingCriterionName = (typeof RANKING_CRITERIA)[number];

export type RankingWeights = Record<RankingCriterionName, number>;

/** Until the secretariat sets a year's weights, the year is weighed so (they sum to 100). */
export const DEFAULT_WEIGHTS: RankingWeights = {
  TASK_DELIVERY: 40,
  INDICATORS: 30,
  TRAINING: 15,
  CAMPAIGNS: 15,
};

/** Weights are whole points from 0 to 100, one per criterion, and sum to 100. */
export function weightsProblem(weights: { criterion: string; weight: number }[]): Refusal | null {
  const named = new Set(weights.map((w) => w.criterion));
  const missing = RANKING_CRITERIA.filter((c) => !named.has(c));
  if (missing.length || named.size !== weights.length || weights.length !== RANKING_CRITERIA.length) {
    return {
      message: `Give one weight for each criterion (${RANKING_CRITERIA.join(', ')}).`,
      key: 'errors.rankingWeightsEach',
      params: { criteria: RANKING_CRITERIA.join(', ') },
    };
  }
  const bad = weights.find((w) => !Number.isInteger(w.weight) || w.weight < 0 || w.weight > 100);
  if (bad) {
    return {
      message: `The weight of ${bad.criterion} must be a whole number from 0 to 100 (it is ${bad.weight}).`,
      key: 'errors.rankingWeightRange',
      params: { criterion: bad.criterion, weight: bad.weight },
    };
  }
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  if (sum !== 100) {
    return {
      message: `The weights must sum to 100; they sum to ${sum}.`,
      key: 'errors.rankingWeightsSum',
      params: { sum },
    };
  }
  return null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * How far a figure reached its target, in percent, at most 100: beating a target earns what meeting
 * it earns, so one outstanding indicator cannot hide a missed one. When lower is better (e.g. days
 * late), meeting or staying under the target is 100.
 */
export function achievement(value: number, target: number, higherIsBetter = true): number {
  if (higherIsBetter) return target <= 0 ? 100 : round1(Math.min(100, (100 * value) / target));
  if (value <= target) return 100;
  return round1((100 * target) / value);
}

/** The mean of the achievements, or null when there is none (no data for the part). */
export function meanOrNull(values: number[]): number | null {
  if (!values.length) return null;
  return round1(values.reduce((s, v) => s + v, 0) / values.length);
}

export interface UnitParts {
  unitId: string;
  /** 0–100 per criterion; null or absent: the unit has no data for it. */
  values: Partial<Record<RankingCriterionName, number | null>>;
}

export interface RankingPartLine {
  criterion: RankingCriterionName;
  weight: number;
  /** null: no data for this part; it does not count, the other parts' weights carry the score. */
  value: number | null;
  /** weight × value / 100, the part's points in a score out of 100 (null without data). */
  points: number | null;
}

export interface RankedUnit {
  unitId: string;
  score: number | null;
  rank: number | null;
  /** No data in any weighted part: listed apart, neither first nor last. */
  noData: boolean;
  parts: RankingPartLine[];
}

/**
 * A unit's score is the weighted mean of the parts it has data for (out of 100). Units are ranked by
 * score; equal scores share a rank (1, 2, 2, 4) and are listed by id. Units with no data at all are
 * listed after the ranked ones with no score and no rank.
 */
export function rankYear(units: UnitParts[], weights: RankingWeights): RankedUnit[] {
  const lines: RankedUnit[] = units.map(({ unitId, values }) => {
    const parts = RANKING_CRITERIA.map((criterion) => {
      const value = values[criterion] ?? null;
      const weight = weights[criterion];
      return { criterion, weight, value, points: value === null ? null : round1((weight * value) / 100) };
    });
    const counted = parts.filter((p) => p.value !== null && p.weight > 0);
    const weightSum = counted.reduce((s, p) => s + p.weight, 0);
    const score = weightSum
      ? round1(counted.reduce((s, p) => s + p.weight * (p.value as number), 0) / weightSum)
      : null;
    return { unitId, score, rank: null, noData: score === null, parts };
  });
  lines.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      Number(a.unitId) - Number(b.unitId) ||
      a.unitId.localeCompare(b.unitId),
  );
  lines.forEach((line, i) => {
    if (line.score === null) return;
    const before = lines[i - 1];
    line.rank = before && before.score === line.score ? before.rank : i + 1;
  });
  return lines;
}
