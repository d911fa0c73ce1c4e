import { isOverdue, rolledUpProgress, type TaskStatusName } from './task-rules';

export interface ProgramItem {
  status: TaskStatusName;
  progress: number;
  dueDate: string;
}

/**
 * A program's progress is its items' (top-level tasks') progress averaged, as a parent's is its
 * sub-tasks'; an item's own progress already holds its sub-tasks. Cancelled items are counted
 * apart and weigh nothing.
 */
export function programRollup(items: ProgramItem[], today: string) {
  const live = items.filter((t) => t.status !== 'CANCELLED');
  return {
    tasks: live.length,
    done: live.filter((t) => t.status === 'DONE').length,
    overdue: live.filter((t) => isOverdue(t, today)).length,
    cancelled: items.length - live.length,
    progress: rolledUpProgress(live) ?? 0,
  };
}
