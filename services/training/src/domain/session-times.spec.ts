import { sessionTimeProblem } from './session-times';

describe('session times', () => {
  const at = (iso: string) => new Date(iso);
  test('a session ends after it starts and lasts at most 14 days', () => {
    expect(sessionTimeProblem(at('2026-12-01T08:00:00+07:00'), at('2026-12-01T11:30:00+07:00'))).toBeNull();
    expect(sessionTimeProblem(at('2026-12-01T08:00:00+07:00'), at('2026-12-01T08:00:00+07:00'))).toMatch(
      /end after/,
    );
    expect(sessionTimeProblem(at('2026-12-01T08:00:00+07:00'), at('2026-12-30T08:00:00+07:00'))).toMatch(
      /14 days/,
    );
  });
});
