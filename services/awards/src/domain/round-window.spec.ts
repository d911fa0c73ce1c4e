import { nominationWindowProblem, roundDatesProblem, roundPhase } from './round-window';

const window = { opensAt: '2026-09-01', closesAt: '2026-09-30' };

describe('round window', () => {
  test('is open on both end days and between them', () => {
    expect(roundPhase(window, '2026-09-01')).toBe('OPEN');
    expect(roundPhase(window, '2026-09-15')).toBe('OPEN');
    expect(roundPhase(window, '2026-09-30')).toBe('OPEN');
  });

  test('is upcoming before and closed after', () => {
    expect(roundPhase(window, '2026-08-31')).toBe('UPCOMING');
    expect(roundPhase(window, '2026-10-01')).toBe('CLOSED');
  });

  test('refuses nominations with a code saying why', () => {
    expect(nominationWindowProblem(window, '2026-08-31')?.code).toBe('ROUND_NOT_OPEN');
    expect(nominationWindowProblem(window, '2026-10-01')).toEqual({
      code: 'ROUND_CLOSED',
      message: 'This round stopped taking nominations on 2026-09-30.',
    });
    expect(nominationWindowProblem(window, '2026-09-10')).toBeNull();
  });

  test('a round may not close before it opens', () => {
    expect(roundDatesProblem({ opensAt: '2026-09-02', closesAt: '2026-09-01' })).toMatch(/on or after/);
    expect(roundDatesProblem({ opensAt: '2026-09-01', closesAt: '2026-09-01' })).toBeNull();
  });
});
