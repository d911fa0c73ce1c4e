import { citationOf, citationProblem } from './award-form';
import { nominatorConflict } from './conflict-of-interest';
import { decisionProblem, minReviewsProblem } from './decision-rules';
import { stepProblem } from './nomination-status';
import { assignmentProblem } from './reviewer-assignment';
import { nominationWindowProblem, roundPhase } from './round-window';
import { scoreProblem } from './scoring';

const round = { opensAt: '2026-11-01', closesAt: '2026-11-30', minReviews: 2 };

describe('fair reviews', () => {
  test('the nominating account, or its person, cannot review', () => {
    const reviewer = { accountId: '5', personId: '15' };
    expect(nominatorConflict(reviewer, { accountId: '5', personId: null })).toMatch(/You nominated/);
    expect(nominatorConflict(reviewer, { accountId: '9', personId: '15' })).toMatch(/You nominated/);
    expect(nominatorConflict(reviewer, { accountId: '9', personId: '16' })).toBeNull();
    expect(nominatorConflict(reviewer, { accountId: null, personId: null })).toBeNull();
  });

  test('once a round has reviewers, only they score: for the round or for one nomination', () => {
    expect(assignmentProblem([], '1', '10')).toBeNull();
    const assigned = [
      { personId: '1', nominationId: null },
      { personId: '2', nominationId: '11' },
    ];
    expect(assignmentProblem(assigned, '1', '10')).toBeNull();
    expect(assignmentProblem(assigned, '2', '11')).toBeNull();
    expect(assignmentProblem(assigned, '2', '10')).toMatch(/not assigned/);
    expect(assignmentProblem(assigned, '3', '11')).toMatch(/not assigned/);
  });

  test('scores out of range are refused, never clamped', () => {
    expect(scoreProblem(15)).toMatch(/1 to 10/);
    expect(scoreProblem(0)).toMatch(/1 to 10/);
    expect(scoreProblem(7.5)).toMatch(/whole number/);
    expect(scoreProblem(10)).toBeNull();
  });
});

describe('decisions', () => {
  test('wait for the window to close, then for the minimum of reviews', () => {
    expect(decisionProblem({ round, reviewCount: 2 }, '2026-11-30')).toMatchObject({
      code: 'ROUND_STILL_OPEN',
    });
    expect(decisionProblem({ round, reviewCount: 1 }, '2026-12-01')).toMatchObject({
      code: 'NOT_ENOUGH_REVIEWS',
      message: expect.stringMatching(/1 of the 2/),
    });
    expect(decisionProblem({ round, reviewCount: 2 }, '2026-12-01')).toBeNull();
    expect(
      decisionProblem({ round: { ...round, closedOn: '2026-11-20' }, reviewCount: 2 }, '2026-11-20'),
    ).toBeNull();
  });

  test('a round closed early takes no more nominations from that day', () => {
    const closed = { ...round, closedOn: '2026-11-20' };
    expect(roundPhase(closed, '2026-11-19')).toBe('OPEN');
    expect(roundPhase(closed, '2026-11-20')).toBe('CLOSED');
    expect(nominationWindowProblem(closed, '2026-11-21')).toMatchObject({
      code: 'ROUND_CLOSED',
      message: expect.stringMatching(/2026-11-20/),
    });
  });

  test('minReviews is 1..20', () => {
    expect(minReviewsProblem(0)).toMatch(/1 to 20/);
    expect(minReviewsProblem(21)).toMatch(/1 to 20/);
    expect(minReviewsProblem(2)).toBeNull();
  });
});

describe('the life of a nomination', () => {
  test('withdraw a draft or a submitted one; return only a submitted one; a withdrawn one is done', () => {
    expect(stepProblem('withdraw', 'DRAFT')).toBeNull();
    expect(stepProblem('withdraw', 'SUBMITTED')).toBeNull();
    expect(stepProblem('withdraw', 'APPROVED')).toMatch(/cannot be withdrawn/);
    expect(stepProblem('return', 'SUBMITTED')).toBeNull();
    expect(stepProblem('return', 'DRAFT')).toMatch(/draft already/);
    expect(stepProblem('edit', 'WITHDRAWN')).toMatch(/withdrawn/);
  });

  test('the certificate wording comes from the achievements, not from the round title', () => {
    expect(citationOf(null, 'Hỗ trợ 300 lượt người dân cài đặt VNeID mức 2. Tổ chức 12 buổi tập huấn.')).toBe(
      'Hỗ trợ 300 lượt người dân cài đặt VNeID mức 2',
    );
    expect(citationOf('  phong trào chuyển đổi số năm 2026. ', 'x')).toBe(
      'phong trào chuyển đổi số năm 2026',
    );
    expect(citationProblem('x'.repeat(301))).toMatch(/300/);
    expect(citationProblem(null)).toBeNull();
  });
});
