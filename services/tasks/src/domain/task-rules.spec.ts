import {
  daysLate,
  dueDateProblem,
  extensionProblem,
  isDoneOnTime,
  isOverdue,
  nextStatus,
  progressProblem,
  programYearProblem,
  reasonProblem,
  rolledUpProgress,
  rolledUpStatus,
} from './task-rules';

describe('task rules', () => {
  test('a task is overdue only when not done and its due day has passed', () => {
    expect(isOverdue({ status: 'IN_PROGRESS', dueDate: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'NOT_STARTED', dueDate: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'DONE', dueDate: '2026-01-01' }, '2026-11-23')).toBe(false);
  });

  test('done on time means finished on or before the due day', () => {
    expect(isDoneOnTime({ status: 'DONE', dueDate: '2026-10-10', completedOn: '2026-10-10' })).toBe(true);
    expect(isDoneOnTime({ status: 'DONE', dueDate: '2026-10-10', completedOn: '2026-10-11' })).toBe(false);
    expect(isDoneOnTime({ status: 'IN_PROGRESS', dueDate: '2026-10-10', completedOn: null })).toBe(false);
  });

  test('statuses move forward, and back only by reopening', () => {
    expect(nextStatus('NOT_STARTED', 'REPORT')).toEqual({ status: 'IN_PROGRESS' });
    expect(nextStatus('IN_PROGRESS', 'COMPLETE')).toEqual({ status: 'DONE' });
    expect(nextStatus('NOT_STARTED', 'COMPLETE')).toEqual({ status: 'DONE' });
    expect(nextStatus('DONE', 'REOPEN')).toEqual({ status: 'IN_PROGRESS' });
    expect(nextStatus('DONE', 'REPORT')).toHaveProperty('refusal');
    expect(nextStatus('DONE', 'COMPLETE')).toHaveProperty('refusal');
    expect(nextStatus('IN_PROGRESS', 'REOPEN')).toHaveProperty('refusal');
  });

  test('progress is a whole percentage', () => {
    expect(progressProblem(0)).toBeNull();
    expect(progressProblem(100)).toBeNull();
    expect(progressProblem(101)).toMatchObject({
      key: 'errors.progressRange',
      params: { progress: 101, max: 100 },
    });
    expect(progressProblem(-1)).not.toBeNull();
    expect(progressProblem(12.5)).not.toBeNull();
  });

  test('a work program is for a whole year from 2000 to 2100, refused (not clamped) outside', () => {
    expect(programYearProblem(2000)).toBeNull();
    expect(programYearProblem(2100)).toBeNull();
    expect(programYearProblem(2101)).toMatchObject({
      key: 'errors.programYearRange',
      params: { year: 2101 },
    });
    expect(programYearProblem(1999)).not.toBeNull();
    expect(programYearProblem(2025.5)).not.toBeNull();
  });

  test("a parent's progress is the average of its sub-tasks, a done one counting 100", () => {
    expect(rolledUpProgress([])).toBeNull();
    expect(
      rolledUpProgress([
        { progress: 50, status: 'IN_PROGRESS' },
        { progress: 0, status: 'NOT_STARTED' },
      ]),
    ).toBe(25);
    expect(
      rolledUpProgress([
        { progress: 80, status: 'DONE' },
        { progress: 33, status: 'IN_PROGRESS' },
      ]),
    ).toBe(67);
    expect(rolledUpStatus('NOT_STARTED', 25)).toBe('IN_PROGRESS');
    expect(rolledUpStatus('NOT_STARTED', 0)).toBe('NOT_STARTED');
    expect(rolledUpStatus('DONE', 50)).toBe('DONE');
  });
});

describe('the whole life of a task', () => {
  test('days late: done late, open past due; on time is 0; not yet due or cancelled is null', () => {
    expect(daysLate({ status: 'DONE', dueDate: '2026-11-10', completedOn: '2026-11-13' }, '2026-11-23')).toBe(
      3,
    );
    expect(daysLate({ status: 'DONE', dueDate: '2026-11-10', completedOn: '2026-11-09' }, '2026-11-23')).toBe(
      0,
    );
    expect(daysLate({ status: 'IN_PROGRESS', dueDate: '2026-11-20', completedOn: null }, '2026-11-23')).toBe(
      3,
    );
    expect(
      daysLate({ status: 'IN_PROGRESS', dueDate: '2026-11-30', completedOn: null }, '2026-11-23'),
    ).toBeNull();
    expect(
      daysLate({ status: 'CANCELLED', dueDate: '2026-11-01', completedOn: null }, '2026-11-23'),
    ).toBeNull();
  });

  test('a due date before today is refused; today is fine', () => {
    expect(dueDateProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(dueDateProblem('2026-11-22', '2026-11-23')).toMatchObject({
      key: 'errors.dueDateInPast',
      params: { dueDate: '2026-11-22' },
    });
  });

  test('an extension moves the date later and not into the past', () => {
    expect(extensionProblem('2026-11-30', '2026-12-15', '2026-11-23')).toBeNull();
    expect(extensionProblem('2026-11-30', '2026-11-30', '2026-11-23')?.key).toBe('errors.extensionNotLater');
    expect(extensionProblem('2026-11-01', '2026-11-20', '2026-11-23')?.key).toBe('errors.dueDateInPast');
  });

  test('a reason is required and bounded', () => {
    expect(reasonProblem('  ')?.key).toBe('errors.reasonRequired');
    expect(reasonProblem('x'.repeat(2001))?.key).toBe('errors.reasonTooLong');
    expect(reasonProblem('Chờ kinh phí')).toBeNull();
  });

  test('cancelled tasks take nothing more; done ones are neither extended nor cancelled', () => {
    expect(nextStatus('CANCELLED', 'REPORT')).toHaveProperty('key', 'errors.taskCancelled');
    expect(nextStatus('IN_PROGRESS', 'CANCEL')).toEqual({ status: 'CANCELLED' });
    expect(nextStatus('DONE', 'CANCEL')).toHaveProperty('refusal');
    expect(nextStatus('DONE', 'EXTEND')).toHaveProperty('refusal');
    expect(nextStatus('NOT_STARTED', 'EXTEND')).toEqual({ status: 'NOT_STARTED' });
    expect(isOverdue({ status: 'CANCELLED', dueDate: '2026-01-01' }, '2026-11-23')).toBe(false);
  });

  test('cancelled sub-tasks leave the roll-up', () => {
    expect(
      rolledUpProgress([
        { progress: 50, status: 'IN_PROGRESS' },
        { progress: 0, status: 'CANCELLED' },
      ]),
    ).toBe(50);
    expect(rolledUpProgress([{ progress: 0, status: 'CANCELLED' }])).toBeNull();
  });
});
