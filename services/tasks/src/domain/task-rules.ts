export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const;
export type TaskStatusName = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['HIGH', 'NORMAL', 'LOW'] as const;
export type TaskPriorityName = (typeof TASK_PRIORITIES)[number];

export interface DueState {
  status: TaskStatusName;
  dueDate: string;
}

/** Overdue: not done and the due day has passed (a task due today is not yet overdue). */
export function isOverdue(task: DueState, today: string): boolean {
  return task.status !== 'DONE' && task.dueDate < today;
}

/** Done on time when finished on or before the due day. */
export function isDoneOnTime(task: DueState & { completedOn: string | null }): boolean {
  return task.status === 'DONE' && task.completedOn !== null && task.completedOn <= task.dueDate;
}

export type TaskAction = 'REPORT' | 'COMPLETE' | 'REOPEN';

/**
 * NOT_STARTED → IN_PROGRESS (first report) → DONE (complete); DONE → IN_PROGRESS only by reopening.
 * Returns the next status, or the reason the action is refused.
 */
export function nextStatus(current: TaskStatusName, action: TaskAction): { status: TaskStatusName } | { refusal: string } {
  switch (action) {
    case 'REPORT':
      return current === 'DONE'
        ? { refusal: 'This task is done. Reopen it before reporting more progress.' }
        : { status: 'IN_PROGRESS' };
    case 'COMPLETE':
      return current === 'DONE' ? { refusal: 'This task is already done.' } : { status: 'DONE' };
    case 'REOPEN':
      return current === 'DONE' ? { status: 'IN_PROGRESS' } : { refusal: 'Only a task that is done can be reopened.' };
  }
}

/** Progress is a whole percentage from 0 to 100. */
export function progressProblem(progress: number): string | null {
  if (!Number.isInteger(progress) || progress < 0 || progress > 100) return 'Progress is a whole percentage from 0 to 100.';
  return null;
}

/** A parent's progress is the plain average of its sub-tasks' progress (a done sub-task counts 100). */
export function rolledUpProgress(children: { progress: number; status: TaskStatusName }[]): number | null {
  if (children.length === 0) return null;
  const total = children.reduce((sum, c) => sum + (c.status === 'DONE' ? 100 : c.progress), 0);
  return Math.round(total / children.length);
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
