/**
 * Sign-in limits. Each is a fixed window claimed before the password is checked.
 * - A username from one address: five tries, then that pair waits 15 minutes. Someone elsewhere
 *   guessing `admin` does not lock the real administrator out at their own desk.
 * - A username from anywhere: 50 tries an hour, against guessing spread over many addresses; an
 *   attacker with many addresses can block an account for at most an hour at a time.
 * - An address: 60 tries in 15 minutes, whatever the usernames (a flood of made-up names costs
 *   the server no more than that).
 * Unknown usernames count exactly like real ones, so the answers never tell which exist.
 */
export interface SignInLimit {
  name: 'userAtAddress' | 'user' | 'address';
  attempts: number;
  windowMs: number;
}

export const SIGN_IN_LIMITS: SignInLimit[] = [
  { name: 'userAtAddress', attempts: 5, windowMs: 15 * 60_000 },
  { name: 'user', attempts: 50, windowMs: 60 * 60_000 },
  { name: 'address', attempts: 60, windowMs: 15 * 60_000 },
];

export const MAX_FAILED_SIGN_INS = SIGN_IN_LIMITS[0].attempts;

export function limitKey(limit: SignInLimit, username: string, address: string): string {
  const key =
    limit.name === 'address'
      ? `a|${address}`
      : limit.name === 'user'
        ? `u|${username}`
        : `ua|${username}|${address}`;
  return key.slice(0, 200);
}

/** Seconds until a window that started at `windowStart` is over (at least one). */
export function retryAfterSeconds(windowStart: Date, windowMs: number, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
}
