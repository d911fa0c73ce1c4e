import { campaignDatesProblem, campaignStatus } from './campaign-status';
import { addDays } from '@dx/subgraph-kit';
import { daysInclusive, eachDay } from './calendar';

describe('campaign status by the Vietnam calendar', () => {
  test('planned before the first day, running on the first and last day, closed after', () => {
    expect(campaignStatus('2025-07-15', '2025-08-28', '2025-07-14')).toBe('PLANNED');
    expect(campaignStatus('2025-07-15', '2025-08-28', '2025-07-15')).toBe('RUNNING');
    expect(campaignStatus('2025-07-15', '2025-08-28', '2025-08-28')).toBe('RUNNING');
    expect(campaignStatus('2025-07-15', '2025-08-28', '2025-08-29')).toBe('CLOSED');
  });

  test('a 45-day campaign has 45 days', () => {
    expect(daysInclusive('2025-07-15', addDays('2025-07-15', 44))).toBe(45);
    expect(eachDay('2025-12-30', '2026-01-02')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
  });

  test('an end before the start is refused', () => {
    expect(campaignDatesProblem('2025-07-15', '2025-07-14')).toMatch(/end before/);
    expect(campaignDatesProblem('2025-07-15', '2025-07-15')).toBeNull();
  });
});
