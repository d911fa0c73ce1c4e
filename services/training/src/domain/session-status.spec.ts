import {
  cancelSessionProblem,
  enrolmentClosedProblem,
  notStartedProblem,
  reasonProblem,
  rescheduleProblem,
} from './session-status';

const startsAt = new Date('2026-12-10T01:00:00Z');
const scheduled = { status: 'SCHEDULED' as const, startsAt, attendanceRecorded: 0 };

describe('session status rules', () => {
  test('a cancelled session takes nobody', () => {
    expect(enrolmentClosedProblem(scheduled)).toBeNull();
    expect(enrolmentClosedProblem({ ...scheduled, status: 'CANCELLED' })).toMatch(/cancelled/);
  });

  test('attendance waits for the start, to the minute', () => {
    expect(notStartedProblem(scheduled, new Date('2026-12-10T00:59:59Z'))).toMatch(/not started/);
    expect(notStartedProblem(scheduled, startsAt)).toBeNull();
    expect(notStartedProblem(scheduled, new Date('2026-12-11T00:00:00Z'))).toBeNull();
  });

  test('a session that took place cannot be moved or cancelled; a cancelled one neither', () => {
    expect(rescheduleProblem(scheduled)).toBeNull();
    expect(cancelSessionProblem(scheduled)).toBeNull();
    expect(rescheduleProblem({ ...scheduled, attendanceRecorded: 1 })).toMatch(/Attendance/);
    expect(cancelSessionProblem({ ...scheduled, attendanceRecorded: 3 })).toMatch(/took place/);
    expect(rescheduleProblem({ ...scheduled, status: 'CANCELLED' })).toMatch(/cancelled/);
    expect(cancelSessionProblem({ ...scheduled, status: 'CANCELLED' })).toMatch(/already cancelled/);
  });

  test('a reason has a few words and not too many', () => {
    expect(reasonProblem('  ')).toMatch(/reason/);
    expect(reasonProblem('Giảng viên ốm')).toBeNull();
    expect(reasonProblem('x'.repeat(501))).toMatch(/500/);
  });
});
