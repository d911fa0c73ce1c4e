export const SESSION_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;
export type SessionStatusName = (typeof SESSION_STATUSES)[number];

export interface SessionState {
  status: SessionStatusName;
  startsAt: Date;
}

/** Why nobody may be enrolled into (or moved within) this session, or null. */
export function enrolmentClosedProblem(session: SessionState): string | null {
  return session.status === 'CANCELLED'
    ? 'This session is cancelled; nobody can be enrolled into it. Choose another session.'
    : null;
}

/** Attendance and completion are facts about a session that has begun. */
export function notStartedProblem(session: SessionState, now: Date): string | null {
  if (session.status === 'CANCELLED') return null;
  return now < session.startsAt
    ? 'This session has not started yet; record attendance and completion once it has begun.'
    : null;
}

export interface SessionHistory extends SessionState {
  /** Enrolments whose attendance was recorded (attended, no-show or completed). */
  attendanceRecorded: number;
}

/** Why a session cannot be moved to another time, or null. */
export function rescheduleProblem(session: SessionHistory): string | null {
  if (session.status === 'CANCELLED') return 'This session is cancelled; schedule a new session instead.';
  if (session.attendanceRecorded > 0)
    return 'Attendance has already been taken for this session, so it cannot be moved.';
  return null;
}

/** Why a session cannot be cancelled, or null. */
export function cancelSessionProblem(session: SessionHistory): string | null {
  if (session.status === 'CANCELLED') return 'This session is already cancelled.';
  if (session.attendanceRecorded > 0)
    return 'Attendance has already been taken for this session; it took place and cannot be cancelled.';
  return null;
}

/** A reason a person can read later in the history: a few words, not a novel. */
export function reasonProblem(reason: string): string | null {
  const text = reason.trim();
  if (text.length < 3) return 'Give the reason in a few words.';
  if (text.length > 500) return 'A reason may have at most 500 characters.';
  return null;
}
