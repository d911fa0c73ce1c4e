import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, afterFailedSignIn, isLocked } from './sign-in-throttle';

const now = new Date('2026-11-23T10:00:00Z');

test('wrong passwords are counted until the limit, which locks the account for a while', () => {
  expect(afterFailedSignIn(0, now)).toEqual({ failedSignIns: 1, lockedUntil: null });
  const locked = afterFailedSignIn(MAX_FAILED_SIGN_INS - 1, now);
  expect(locked.failedSignIns).toBe(0);
  expect(locked.lockedUntil!.getTime() - now.getTime()).toBe(LOCK_MINUTES * 60_000);
  expect(isLocked(locked, now)).toBe(true);
  expect(isLocked(locked, new Date(locked.lockedUntil!.getTime() + 1))).toBe(false);
  expect(isLocked({ failedSignIns: 3, lockedUntil: null }, now)).toBe(false);
});
