import dayjs from 'dayjs';
import {
  currentMonthInVietnam,
  formatDateTime,
  formatDay,
  formatTime,
  momentOfPickerValue,
  pickerValueOfDay,
  pickerValueOfMoment,
  todayInVietnam,
  vietnamDay,
} from './vietnamTime';

// Run under several device zones: `TZ=America/Los_Angeles npx jest time/vietnamTime` gives the same results.
describe('Vietnam time', () => {
  it('reads 08:00 picked on any device as 08:00 in Vietnam (01:00 UTC)', () => {
    const picked = dayjs(new Date(2026, 11, 1, 8, 0));
    expect(momentOfPickerValue(picked)).toBe('2026-12-01T01:00:00.000Z');
  });

  it('shows a stored instant with its Vietnam wall clock, in the picker and in text', () => {
    const iso = '2026-12-01T01:00:00.000Z';
    expect(pickerValueOfMoment(iso)?.format('YYYY-MM-DD HH:mm')).toBe('2026-12-01 08:00');
    expect(momentOfPickerValue(pickerValueOfMoment(iso)!)).toBe(iso);
    expect(formatDateTime(iso, 'vi')).toBe('01/12/2026 08:00');
    expect(formatDateTime(iso, 'en')).toBe('1 Dec 2026 08:00');
    expect(formatDateTime(iso, 'ar')).toBe('01/12/2026 08:00');
    expect(formatTime(iso)).toBe('08:00');
  });

  it('writes one date format per language and never shifts a calendar day', () => {
    expect(formatDay('2026-01-05', 'vi')).toBe('05/01/2026');
    expect(formatDay('2026-01-05', 'en')).toBe('5 Jan 2026');
    expect(formatDay('2026-01-05', 'ar')).toBe('05/01/2026');
    expect(pickerValueOfDay('2026-01-05')?.format('YYYY-MM-DD')).toBe('2026-01-05');
    expect(formatDay(null)).toBe('—');
  });

  it('puts late evening UTC on the next day in Vietnam', () => {
    const lateUtc = new Date('2026-12-31T18:30:00Z');
    expect(vietnamDay(lateUtc)).toBe('2027-01-01');
    expect(todayInVietnam(lateUtc)).toBe('2027-01-01');
    expect(currentMonthInVietnam(lateUtc)).toBe('2027-01');
    expect(formatDay('2026-12-31T18:30:00Z', 'vi')).toBe('01/01/2027');
  });
});
