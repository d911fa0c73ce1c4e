import {
  correctionReasonProblem,
  tallyDayProblem,
  tallyValueProblem,
  unknownMetricProblem,
} from './tally-rules';

const campaign = { startsOn: '2025-07-15', endsOn: '2025-08-28' };
const people = { code: 'CITIZENS_HELPED', countsPeople: true };
const share = { code: 'ONLINE_SERVICES', countsPeople: false };

describe('tally rules', () => {
  test('a day outside the campaign or in the future is refused', () => {
    expect(tallyDayProblem(campaign, '2025-07-14', '2026-12-01')?.field).toBe('day');
    expect(tallyDayProblem(campaign, '2025-08-29', '2026-12-01')?.message).toMatch(/outside/);
    expect(tallyDayProblem(campaign, '2025-07-15', '2026-12-01')).toBeNull();
    expect(tallyDayProblem(campaign, '2025-07-20', '2025-07-19')?.message).toMatch(/not come yet/);
  });

  test('negative, fractional people, oversized and non-numbers are refused', () => {
    expect(tallyValueProblem(people, -1)?.message).toMatch(/negative/);
    expect(tallyValueProblem(people, 2.5)?.message).toMatch(/whole/);
    expect(tallyValueProblem(share, 88.5)).toBeNull();
    expect(tallyValueProblem(share, Number.NaN)?.field).toBe('value');
    expect(tallyValueProblem(share, 2_000_000)?.message).toMatch(/at most/);
    expect(tallyValueProblem(people, 0)).toBeNull();
  });

  test('priority groups only for people, never more than the people counted', () => {
    expect(tallyValueProblem(people, 10, { elderly: 4, disabled: 1 })).toBeNull();
    expect(tallyValueProblem(people, 10, { elderly: 11 })?.field).toBe('elderly');
    expect(tallyValueProblem(people, 10, { poorHouseholds: -1 })?.field).toBe('poorHouseholds');
    expect(tallyValueProblem(share, 50, { elderly: 1 })?.message).toMatch(
      /only for metrics that count people/,
    );
  });

  test('unknown metric names the known ones; a correction needs a reason', () => {
    expect(unknownMetricProblem('X', ['A', 'B']).message).toBe(
      'This campaign has no metric X; it counts A, B.',
    );
    expect(correctionReasonProblem(' ')?.field).toBe('reason');
    expect(correctionReasonProblem('Nhập nhầm số')).toBeNull();
  });
});
