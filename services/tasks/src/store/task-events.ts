import { writeEvent } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { TaskRecord } from '../entities/task.entity';

/**
 * Events about tasks, written into this service's outbox inside the transaction of the change (the
 * notifications service turns them into messages). Recipients are person ids; what the message
 * needs travels along, since the consumer cannot read this database.
 */
const facts = (task: TaskRecord) => ({
  taskId: String(task.id),
  title: task.title,
  dueDate: task.dueDate,
  assigneePersonId: String(task.assigneeId),
  unitId: String(task.unitId),
  unitPath: task.unitPath,
});

/** A new task, or a task handed to another person. */
export function taskAssigned(manager: EntityManager, task: TaskRecord) {
  return writeEvent(manager, { type: 'TASK_ASSIGNED', payload: facts(task) });
}

/** Tells the assignee when their task's due date moved later. */
export function deadlineExtended(manager: EntityManager, before: TaskRecord, after: TaskRecord) {
  if (before.dueDate === after.dueDate) return Promise.resolve(null);
  return writeEvent(manager, {
    type: 'TASK_DEADLINE_EXTENDED',
    payload: { ...facts(after), oldDueDate: before.dueDate },
  });
}

/** One reminder per task per day, whatever the number of instances running the morning job. */
export function taskReminder(manager: EntityManager, task: TaskRecord, day: string, daysOverdue: number) {
  return writeEvent(manager, {
    type: daysOverdue > 0 ? 'TASK_OVERDUE' : 'TASK_DUE_SOON',
    payload: { ...facts(task), ...(daysOverdue > 0 ? { daysOverdue } : {}), day },
    dedupeKey: `task-reminder:${task.id}:${day}`,
  });
}
