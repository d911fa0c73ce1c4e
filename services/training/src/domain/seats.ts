/** Where a new enrolment goes: a free seat, or the end of the waitlist. */
export type SeatDecision = 'ENROLLED' | 'WAITLISTED';

export interface SeatCount {
  capacity: number;
  seatsTaken: number;
}

export function seatsLeft(session: SeatCount): number {
  return Math.max(session.capacity - session.seatsTaken, 0);
}

export function decideSeat(session: SeatCount): SeatDecision {
  return seatsLeft(session) > 0 ? 'ENROLLED' : 'WAITLISTED';
}

/**
 * A whole group arriving at once (enrolUnit): the first ones, in the order given, take the seats
 * that remain; the rest join the waitlist behind whoever is already on it.
 */
export function allocateSeats<T>(session: SeatCount, candidates: T[]): { enrolled: T[]; waitlisted: T[] } {
  const free = seatsLeft(session);
  return { enrolled: candidates.slice(0, free), waitlisted: candidates.slice(free) };
}

export interface Waiting {
  id: number;
}

/** The waitlist is first come, first served: the earliest (lowest id) waiting enrolment is promoted. */
export function nextToPromote<T extends Waiting>(waiting: T[]): T | null {
  return waiting.reduce<T | null>((first, w) => (first === null || w.id < first.id ? w : first), null);
}

/** 1-based place of each waiting enrolment, in promotion order. */
export function waitlistPositions(waitingIds: number[]): Map<number, number> {
  return new Map([...waitingIds].sort((a, b) => a - b).map((id, i) => [id, i + 1]));
}
