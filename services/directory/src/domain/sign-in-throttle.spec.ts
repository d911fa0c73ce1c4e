import { SIGN_IN_LIMITS, limitKey, retryAfterSeconds } from './sign-in-throttle';

describe('sign-in limits', () => {
  test('the pair key keeps addresses apart, the user key does not', () => {
    const [pair, user, address] = SIGN_IN_LIMITS;
    expect(limitKey(pair, 'admin', '10.0.0.1')).not.toBe(limitKey(pair, 'admin', '10.0.0.2'));
    expect(limitKey(user, 'admin', '10.0.0.1')).toBe(limitKey(user, 'admin', '10.0.0.2'));
    expect(limitKey(address, 'a', '10.0.0.1')).toBe(limitKey(address, 'b', '10.0.0.1'));
  });

  test('retry-after counts down to the end of the window, never below one second', () => {
    const start = new Date('2026-12-01T00:00:00Z');
    expect(retryAfterSeconds(start, 15 * 60_000, new Date('2026-12-01T00:05:00Z'))).toBe(600);
    expect(retryAfterSeconds(start, 60_000, new Date('2026-12-01T00:05:00Z'))).toBe(1);
  });
});
