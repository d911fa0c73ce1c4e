export const ENROLMENT_STATUSES = [
  'ENROLLED',
  'WAITLISTED',
  'CANCELLED',
  'ATTENDED',
  'COMPLETED',
  'NO_SHOW',
] as const;
export type EnrolmentStatusName = (typeof ENROLMENT_STATUSES)[number];

/** Statuses that hold a seat in the session. */
export const SEAT_HOLDING: readonly EnrolmentStatusName[] = ['ENROLLED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'];

export function holdsSeat(status: EnrolmentStatusName): boolean {
  return SEAT_HOLDING.includes(status);
}

/** A refusal written for the coordinator, or null when the change is allowed. */
export function cancellationProblem(status: EnrolmentStatusName): string | null {
  if (status === 'ENROLLED' || status === 'WAITLISTED') return null;
  if (status === 'CANCELLED') return 'This enrolment is already cancelled.';
  return 'Only an enrolment that has not been attended yet can be cancelled.';
}

export function attendanceProblem(status: EnrolmentStatusName): string | null {
  if (status === 'ENROLLED' || status === 'ATTENDED' || status === 'NO_SHOW') return null;
  if (status === 'WAITLISTED')
    return 'This person is on the waitlist and has no seat in the session; enrol them first.';
  if (status === 'COMPLETED')
    return 'This enrolment is already completed; its attendance can no longer change.';
  return 'This enrolment is cancelled.';
}

export function completionProblem(status: EnrolmentStatusName): string | null {
  if (status === 'ATTENDED') return null;
  if (status === 'COMPLETED') return 'This enrolment is already completed and has its certificate.';
  if (status === 'ENROLLED')
    return 'Record the attendance first: only people who attended can complete the course.';
  return 'Only people who attended the session can complete the course.';
}
