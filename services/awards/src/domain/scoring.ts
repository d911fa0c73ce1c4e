export const MIN_SCORE = 1;
export const MAX_SCORE = 10;

export interface Criterion {
  id: string;
  name: string;
  weight: number;
}

export interface CriterionScore {
  criterionId: string;
  score: number;
}

export function scoreProblem(score: number, what = 'A score'): string | null {
  return Number.isInteger(score) && score >= MIN_SCORE && score <= MAX_SCORE
    ? null
    : `${what} is a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`;
}

/** Where the round defines criteria, a review scores each of them once and nothing else. */
export function criterionScoresProblem(criteria: Criterion[], scores: CriterionScore[]): string | null {
  if (criteria.length === 0)
    return scores.length ? 'This round has no criteria to score; give only the overall score.' : null;
  const known = new Map(criteria.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (const s of scores) {
    const criterion = known.get(s.criterionId);
    if (!criterion) return `Criterion ${s.criterionId} is not one of this round's criteria.`;
    if (seen.has(s.criterionId)) return `"${criterion.name}" is scored twice.`;
    seen.add(s.criterionId);
    const problem = scoreProblem(s.score, `The score for "${criterion.name}"`);
    if (problem) return problem;
  }
  const missing = criteria.find((c) => !seen.has(c.id));
  return missing ? `Score every criterion of this round; "${missing.name}" is missing.` : null;
}

/** A review's score: the weighted mean of its criterion scores, or the overall score where the round has no criteria. */
export function reviewScore(overall: number, criteria: Criterion[], scores: CriterionScore[]): number {
  if (criteria.length === 0) return overall;
  const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const weighted = criteria.reduce((sum, c) => sum + c.weight * (byId.get(c.id) ?? 0), 0);
  return weighted / totalWeight;
}

/** A nomination's score: the mean of its reviews' scores, null until someone has reviewed it. */
export function averageScore(reviewScores: number[]): number | null {
  if (reviewScores.length === 0) return null;
  return reviewScores.reduce((a, b) => a + b, 0) / reviewScores.length;
}

/** Scores are kept in hundredths as integers, which sort and compare the same on every database. */
export const toHundredths = (score: number) => Math.round(score * 100);
export const fromHundredths = (hundredths: number) => hundredths / 100;

export function criteriaProblem(criteria: { name: string; weight: number }[]): string | null {
  if (criteria.length > 10) return 'A round has at most 10 review criteria.';
  const names = new Set<string>();
  for (const c of criteria) {
    if (!c.name.trim()) return 'Every criterion needs a name.';
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100)
      return `The weight of "${c.name}" is a whole number from 1 to 100.`;
    const key = c.name.trim().toLowerCase();
    if (names.has(key)) return `The criterion "${c.name}" is listed twice.`;
    names.add(key);
  }
  return null;
}
