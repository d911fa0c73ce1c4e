export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type TaskStatusName = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['HIGH', 'NORMAL', 'LOW'] as const;
export type TaskPriorityName = (typeof TASK_PRIORITIES)[number];

export interface DueState {
  status: TaskStatusName;
  dueDate: string;
}

/** Open: neither done nor cancelled; only open tasks can be late, extended or cancelled. */
export const isOpen = (status: TaskStatusName) => status === 'NOT_STARTED' || status === 'IN_PROGRESS';

/** Overdue: still open and the due day has passed (a task due today is not yet overdue). */
export function isOverdue(task: DueState, today: string): boolean {
  return isOpen(task.status) && task.dueDate < today;
}

/** Done on time when finished on or before the due day. */
export function isDoneOnTime(task: DueState & { completedOn: string | null }): boolean {
  return task.status === 'DONE' && task.completedOn !== null && task.completedOn <= task.dueDate;
}

export type TaskAction = 'REPORT' | 'COMPLETE' | 'REOPEN' | 'EXTEND' | 'CANCEL';

/**
 * NOT_STARTED → IN_PROGRESS (first report) → DONE (complete); DONE → IN_PROGRESS only by reopening.
 * Returns the next status, or the reason the action is refused.
 */
export function nextStatus(
  current: TaskStatusName,
  action: TaskAction,
): { status: TaskStatusName } | { refusal: string; key: string } {
  if (current === 'CANCELLED')
    return {
      refusal: 'This task was cancelled; nothing more can be done on it.',
      key: 'errors.taskCancelled',
    };
  switch (action) {
    case 'REPORT':
      return current === 'DONE'
        ? {
            refusal: 'This task is done. Reopen it before reporting more progress.',
            key: 'errors.doneReopenFirst',
          }
        : { status: 'IN_PROGRESS' };
    case 'COMPLETE':
      return current === 'DONE'
        ? { refusal: 'This task is already done.', key: 'errors.alreadyDone' }
        : { status: 'DONE' };
    case 'REOPEN':
      return current === 'DONE'
        ? { status: 'IN_PROGRESS' }
        : { refusal: 'Only a task that is done can be sent back.', key: 'errors.onlyDoneSentBack' };
    case 'EXTEND':
      return current === 'DONE'
        ? { refusal: 'This task is done; a done task needs no more time.', key: 'errors.doneNoExtension' }
        : { status: current };
    case 'CANCEL':
      return current === 'DONE'
        ? { refusal: 'This task is done; send it back before cancelling it.', key: 'errors.doneNoCancel' }
        : { status: 'CANCELLED' };
  }
}

/** Progress is a whole percentage from 0 to 100; anything else is refused, never rounded or clamped. */
export function progressProblem(progress: number): Refusal | null {
  if (Number.isInteger(progress) && progress >= 0 && progress <= 100) return null;
  return {
    message: `Progress is a whole percentage from 0 to 100 (${progress} was given).`,
    key: 'errors.progressRange',
    params: { progress, min: 0, max: 100 },
  };
}

/** The years a work program may be for. */
export const PROGRAM_YEARS = { min: 2000, max: 2100 } as const;

/** A work program's year is a whole year between 2000 and 2100; never clamped. */
export function programYearProblem(year: number): Refusal | null {
  if (Number.isInteger(year) && year >= PROGRAM_YEARS.min && year <= PROGRAM_YEARS.max) return null;
  return {
    message: `The year is between ${PROGRAM_YEARS.min} and ${PROGRAM_YEARS.max} (${year} was given).`,
    key: 'errors.programYearRange',
    params: { year, ...PROGRAM_YEARS },
  };
}

/**
 * A parent's (or a program's) progress is the plain average of its parts' progress: a done part
 * counts 100, a cancelled part is no longer part of the work and does not count at all.
 */
export function rolledUpProgress(children: { progress: number; status: TaskStatusName }[]): number | null {
  const live = children.filter((c) => c.status !== 'CANCELLED');
  if (live.length === 0) return null;
  const total = live.reduce((sum, c) => sum + (c.status === 'DONE' ? 100 : c.progress), 0);
  return Math.round(total / live.length);
}

/** A parent's status follows from its sub-tasks' progress, except that only a person closes it. */
export function rolledUpStatus(current: TaskStatusName, progress: number): TaskStatusName {
  if (current === 'DONE') return current;
  return progress > 0 ? 'IN_PROGRESS' : current;
}

/** A task with open sub-tasks is not done: its parts are not. */
export function completionProblem(openSubtasks: number): string | null {
  if (openSubtasks === 0) return null;
  return `This task still has ${openSubtasks} open sub-task${openSubtasks === 1 ? '' : 's'}; finish ${openSubtasks === 1 ? 'it' : 'them'} first.`;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * How many days late: done late → days from the due day to the completion; open past its due day
 * → days overdue so far; done on time → 0; open and not yet due, or cancelled → null (not late).
 */
export function daysLate(task: DueState & { completedOn: string | null }, today: string): number | null {
  if (task.status === 'DONE')
    return task.completedOn ? Math.max(0, daysBetween(task.dueDate, task.completedOn)) : 0;
  if (isOverdue(task, today)) return daysBetween(task.dueDate, today);
  return null;
}

export interface Refusal {
  message: string;
  key: string;
  params?: Record<string, string | number>;
}

/** A due date before today is refused on create, update and extension: no task is born late. */
export function dueDateProblem(dueDate: string, today: string): Refusal | null {
  if (dueDate >= today) return null;
  return {
    message: `The due date ${dueDate} is before today (${today}); choose today or a later day.`,
    key: 'errors.dueDateInPast',
    params: { dueDate, today },
  };
}

/** An extension gives more time: the new day is after the current one, and not in the past. */
export function extensionProblem(current: string, next: string, today: string): Refusal | null {
  if (next <= current) {
    return {
      message: `An extension moves the due date later than ${current}.`,
      key: 'errors.extensionNotLater',
      params: { current, next },
    };
  }
  return dueDateProblem(next, today);
}

/** Edits, reassignments, extensions, cancellations and send-backs say why, for the history. */
export function reasonProblem(reason: string | null | undefined): Refusal | null {
  const text = reason?.trim() ?? '';
  if (!text) return { message: 'Say why, so the history shows the reason.', key: 'errors.reasonRequired' };
  if (text.length > 2000)
    return {
      message: 'A reason may have at most 2000 characters.',
      key: 'errors.reasonTooLong',
      params: { max: 2000 },
    };
  return null;
}
