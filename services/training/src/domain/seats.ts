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
