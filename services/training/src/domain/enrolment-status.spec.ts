import { attendanceProblem, cancellationProblem, completionProblem, holdsSeat } from './enrolment-status';

describe('enrolment status rules', () => {
  test('seat holders are those with a place in the room', () => {
    expect(holdsSeat('ENROLLED')).toBe(true);
    expect(holdsSeat('ATTENDED')).toBe(true);
    expect(holdsSeat('WAITLISTED')).toBe(false);
    expect(holdsSeat('CANCELLED')).toBe(false);
  });

  test('only enrolments not yet attended can be cancelled', () => {
    expect(cancellationProblem('ENROLLED')).toBeNull();
    expect(cancellationProblem('WAITLISTED')).toBeNull();
    expect(cancellationProblem('CANCELLED')).toMatch(/already cancelled/);
    expect(cancellationProblem('COMPLETED')).toMatch(/not been attended/);
  });

  test('attendance is for people with a seat, and can be corrected until completion', () => {
    expect(attendanceProblem('ENROLLED')).toBeNull();
    expect(attendanceProblem('NO_SHOW')).toBeNull();
    expect(attendanceProblem('ATTENDED')).toBeNull();
    expect(attendanceProblem('WAITLISTED')).toMatch(/waitlist/);
    expect(attendanceProblem('COMPLETED')).toMatch(/completed/);
  });

  test('only people who attended complete', () => {
    expect(completionProblem('ATTENDED')).toBeNull();
    expect(completionProblem('ENROLLED')).toMatch(/attendance first/);
    expect(completionProblem('NO_SHOW')).toMatch(/attended/);
    expect(completionProblem('COMPLETED')).toMatch(/already completed/);
  });
});
