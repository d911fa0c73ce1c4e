import { conflictOfInterest } from './conflict-of-interest';
import { chooseNominee, evidenceLinkProblem, nomineeKey } from './nominee';
import { stepProblem } from './nomination-status';
import { quotaProblem } from './quota';
import {
  averageScore,
  criteriaProblem,
  criterionScoresProblem,
  reviewScore,
  scoreProblem,
  toHundredths,
} from './scoring';

describe('nominee', () => {
  test('exactly one of unit and person', () => {
    expect(chooseNominee({ nomineeUnitId: '12' })).toEqual({ kind: 'COLLECTIVE', unitId: '12' });
    expect(chooseNominee({ nomineePersonId: '34', nomineeUnitId: ' ' })).toEqual({
      kind: 'INDIVIDUAL',
      personId: '34',
    });
    expect(chooseNominee({ nomineeUnitId: '1', nomineePersonId: '2' })).toHaveProperty('problem');
    expect(chooseNominee({})).toHaveProperty('problem');
  });

  test('keys keep units and people apart', () => {
    expect(nomineeKey({ kind: 'COLLECTIVE', unitId: '12' })).toBe('U:12');
    expect(nomineeKey({ kind: 'INDIVIDUAL', personId: '12' })).toBe('P:12');
  });

  test('evidence must be web links', () => {
    expect(evidenceLinkProblem(['https://cuanam.hanoi.gov.vn/tin-tuc/1'])).toBeNull();
    expect(evidenceLinkProblem(['not a link'])).toMatch(/not a web address/);
    expect(evidenceLinkProblem(['javascript:alert(1)'])).toMatch(/not a web address/);
  });
});

describe('conflict of interest', () => {
  const reviewer = { personId: '7', unitId: '3' };
  test('refuses self, own unit and colleagues', () => {
    expect(conflictOfInterest(reviewer, { personId: '7', homeUnitId: '9' })).toMatch(/your own nomination/);
    expect(conflictOfInterest(reviewer, { personId: null, homeUnitId: '3' })).toMatch(/your own unit/);
    expect(conflictOfInterest(reviewer, { personId: '8', homeUnitId: '3' })).toMatch(/colleague/);
  });
  test('allows other units and people', () => {
    expect(conflictOfInterest(reviewer, { personId: null, homeUnitId: '4' })).toBeNull();
    expect(conflictOfInterest(reviewer, { personId: '8', homeUnitId: '4' })).toBeNull();
  });
});

describe('scoring', () => {
  const criteria = [
    { id: 'a', name: 'Hiệu quả', weight: 50 },
    { id: 'b', name: 'Lan tỏa', weight: 30 },
    { id: 'c', name: 'Sáng tạo', weight: 20 },
  ];

  test('scores are whole numbers from 1 to 10', () => {
    expect(scoreProblem(1)).toBeNull();
    expect(scoreProblem(10)).toBeNull();
    expect(scoreProblem(0)).toMatch(/1 to 10/);
    expect(scoreProblem(11)).toMatch(/1 to 10/);
    expect(scoreProblem(7.5)).toMatch(/whole number/);
  });

  test('a review is the weighted mean of its criterion scores', () => {
    const scores = [
      { criterionId: 'a', score: 10 },
      { criterionId: 'b', score: 5 },
      { criterionId: 'c', score: 5 },
    ];
    expect(reviewScore(6, criteria, scores)).toBe(7.5);
    expect(reviewScore(6, [], [])).toBe(6);
  });

  test('every criterion is scored once', () => {
    expect(criterionScoresProblem(criteria, [{ criterionId: 'a', score: 9 }])).toMatch(
      /"Lan tỏa" is missing/,
    );
    expect(criterionScoresProblem(criteria, [{ criterionId: 'x', score: 9 }])).toMatch(/not one of/);
    expect(
      criterionScoresProblem(criteria, [
        { criterionId: 'a', score: 9 },
        { criterionId: 'a', score: 8 },
      ]),
    ).toMatch(/twice/);
    expect(criterionScoresProblem(criteria, [{ criterionId: 'a', score: 0 }])).toMatch(/Hiệu quả/);
    expect(criterionScoresProblem([], [{ criterionId: 'a', score: 9 }])).toMatch(/no criteria/);
  });

  test('the nomination score is the mean of its reviews, kept in hundredths', () => {
    expect(averageScore([])).toBeNull();
    expect(averageScore([7.5, 9, 8])).toBeCloseTo(8.1667, 3);
    expect(toHundredths(8.16666)).toBe(817);
  });

  test('criteria have names and weights from 1 to 100', () => {
    expect(criteriaProblem(criteria)).toBeNull();
    expect(criteriaProblem([{ name: 'A', weight: 0 }])).toMatch(/1 to 100/);
    expect(
      criteriaProblem([
        { name: 'A', weight: 5 },
        { name: 'a', weight: 5 },
      ]),
    ).toMatch(/twice/);
  });
});

describe('quota', () => {
  const round = {
    collectiveQuota: 2,
    individualQuota: null,
    approvedCollectives: 2,
    approvedIndividuals: 40,
  };
  test('refuses one more approval than the quota', () => {
    expect(quotaProblem(round, 'COLLECTIVE')).toMatch(/at most 2 collectives/);
    expect(quotaProblem({ ...round, approvedCollectives: 1 }, 'COLLECTIVE')).toBeNull();
  });
  test('no quota means no limit', () => {
    expect(quotaProblem(round, 'INDIVIDUAL')).toBeNull();
  });
});

describe('nomination status', () => {
  test('drafts are edited and submitted; submitted ones reviewed and decided', () => {
    expect(stepProblem('submit', 'DRAFT')).toBeNull();
    expect(stepProblem('review', 'SUBMITTED')).toBeNull();
    expect(stepProblem('decide', 'SUBMITTED')).toBeNull();
    expect(stepProblem('submit', 'SUBMITTED')).toMatch(/only drafts/);
    expect(stepProblem('review', 'DRAFT')).toMatch(/still a draft/);
    expect(stepProblem('decide', 'APPROVED')).toMatch(/final/);
  });
});
