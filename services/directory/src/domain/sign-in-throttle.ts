/** After this many wrong passwords in a row an account is locked for a while, to stop guessing. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export interface ThrottleState {
  failedSignIns: number;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more wrong password: the count grows, and at the limit the account locks and the count restarts. */
export function afterFailedSignIn(failedSignIns: number, now: Date): ThrottleState {
  const count = failedSignIns + 1;
  if (count < MAX_FAILED_SIGN_INS) return { failedSignIns: count, lockedUntil: null };
  return { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) };
}
