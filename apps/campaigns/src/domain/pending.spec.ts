import { readPending, withEntry, withoutEntry, writePending, type PendingEntry } from './pending';

const entry = (metricCode: string, value: number): PendingEntry => ({
  campaignId: '1',
  day: '2026-12-01',
  unitId: '27',
  metricCode,
  value,
});

describe('figures kept on the device until they are sent', () => {
  test('one entry per day, unit and metric; the latest value wins; sent ones leave', () => {
    let list = withEntry([], entry('A', 3));
    list = withEntry(list, entry('B', 4));
    list = withEntry(list, entry('A', 5));
    expect(list.map((e) => [e.metricCode, e.value])).toEqual([
      ['B', 4],
      ['A', 5],
    ]);
    expect(withoutEntry(list, entry('B', 0))).toEqual([entry('A', 5)]);
  });

  test('survives a reload and ignores damaged storage', () => {
    writePending([entry('A', 1)]);
    expect(readPending()).toEqual([entry('A', 1)]);
    writePending([]);
    expect(readPending()).toEqual([]);
    localStorage.setItem('dx.campaigns.pending', '{not json');
    expect(readPending()).toEqual([]);
  });
});
