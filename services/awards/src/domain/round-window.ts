/** Where a round stands on a given calendar day: nominations are taken only while it is OPEN. */
export type RoundPhase = 'UPCOMING' | 'OPEN' | 'CLOSED';

export interface RoundWindow {
  opensAt: string;
  closesAt: string;
  /** Set when the committee closed the round early, from that day on. */
  closedOn?: string | null;
}

/** Both ends are inclusive: a round closing on 31 August still takes nominations on 31 August. */
export function roundPhase(window: RoundWindow, today: string): RoundPhase {
  if (window.closedOn && today >= window.closedOn) return 'CLOSED';
  if (today < window.opensAt) return 'UPCOMING';
  if (today > window.closesAt) return 'CLOSED';
  return 'OPEN';
}

export interface Refusal {
  code: string;
  message: string;
}

/** Why nominating or submitting into this round is refused today, or null when it is open. */
export function nominationWindowProblem(window: RoundWindow, today: string): Refusal | null {
  const phase = roundPhase(window, today);
  if (phase === 'UPCOMING') {
    return {
      code: 'ROUND_NOT_OPEN',
      message: `This round takes nominations from ${window.opensAt}; try again then.`,
    };
  }
  if (phase === 'CLOSED') {
    const on = window.closedOn && window.closedOn <= window.closesAt ? window.closedOn : window.closesAt;
    return { code: 'ROUND_CLOSED', message: `This round stopped taking nominations on ${on}.` };
  }
  return null;
}

/** Why a round's dates cannot be used, or null. Dates are already valid YYYY-MM-DD strings. */
export function roundDatesProblem(window: RoundWindow): string | null {
  return window.closesAt < window.opensAt ? 'The closing date must be on or after the opening date.' : null;
}
