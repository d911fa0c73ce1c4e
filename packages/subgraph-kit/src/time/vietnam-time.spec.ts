import { addDays, nowInVietnam, today, vietnamDay } from './vietnam-time';

describe('Vietnam time', () => {
  const saved = process.env.DX_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.DX_TODAY;
    else process.env.DX_TODAY = saved;
  });

  test('the day of an instant is the day in Hà Nội (UTC+7), not UTC', () => {
    expect(vietnamDay(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
    expect(vietnamDay(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
  });

  test('today() honours the DX_TODAY pin', () => {
    process.env.DX_TODAY = '2026-10-10';
    expect(today()).toBe('2026-10-10');
    expect(nowInVietnam().day).toBe('2026-10-10');
    expect(vietnamDay(nowInVietnam().instant)).toBe('2026-10-10');
  });

  test('a pin that is not a real day is refused, not ignored', () => {
    process.env.DX_TODAY = '2026-02-30';
    expect(() => today()).toThrow(/DX_TODAY/);
  });

  test('without a pin, today() is the Vietnam day of now', () => {
    delete process.env.DX_TODAY;
    expect(today()).toBe(vietnamDay(new Date()));
    expect(nowInVietnam().time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  });

  test('addDays crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
