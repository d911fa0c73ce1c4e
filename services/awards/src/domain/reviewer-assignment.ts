export interface Assignment {
  personId: string;
  nominationId: string | null;
}

/**
 * Where a round has assigned reviewers, only they score: assigned to the whole round, or to this
 * nomination. A round without assignments is open to every committee member in scope.
 */
export function assignmentProblem(
  assignments: Assignment[],
  reviewerPersonId: string,
  nominationId: string,
): string | null {
  if (assignments.length === 0) return null;
  const mine = assignments.some(
    (a) => a.personId === reviewerPersonId && (a.nominationId === null || a.nominationId === nominationId),
  );
  return mine ? null : 'You are not assigned to review this nomination; the round has its own reviewers.';
}
