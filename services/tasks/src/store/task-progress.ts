import {
  assertWithinScope,
  badInput,
  forbidden,
  identityOf,
  notFound,
  staleVersion,
  updateAtVersion,
  writeAudit,
  type RequestContext,
  today,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { TaskRecord } from '../entities/task.entity';
import { TaskUpdateRecord, type TaskUpdateKindName } from '../entities/task-update.entity';
import { evidenceProblem } from '../domain/evidence';
import {
  completionProblem,
  extensionProblem,
  nextStatus,
  progressProblem,
  reasonProblem,
  type TaskAction,
} from '../domain/task-rules';
import { toTask } from './mappers';
import { refuseInput } from './refusals';
import { canSeeTask } from './task-access';
import { countOpenSubtasks, lockAncestors, rollUpProgress } from './task-rollup';
import { deadlineExtended } from './task-events';

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

interface Change {
  action: TaskAction;
  version: number;
  note: string;
  /** The record's new fields, given the record as it is. */
  fields: (task: TaskRecord) => Partial<TaskRecord>;
  evidenceLinks?: string[];
  changes?: (task: TaskRecord) => FieldChange[];
  check?: (manager: EntityManager, task: TaskRecord) => Promise<void>;
  /** Assignees may report on and complete their own tasks wherever the task's unit is. */
  assigneeMayAct?: boolean;
}

const UPDATE_KIND: Record<TaskAction, TaskUpdateKindName> = {
  REPORT: 'PROGRESS',
  COMPLETE: 'COMPLETED',
  REOPEN: 'REOPENED',
  EXTEND: 'EXTENDED',
  CANCEL: 'CANCELLED',
};

/** Appends one entry to a task's history; the history is never edited. */
export async function recordHistory(
  manager: EntityManager,
  ctx: RequestContext,
  entry: {
    taskId: number;
    kind: TaskUpdateKindName;
    progress: number;
    note: string;
    evidenceLinks?: string[];
    changes?: FieldChange[];
  },
) {
  const identity = identityOf(ctx);
  await manager.insert(TaskUpdateRecord, {
    taskId: entry.taskId,
    byPersonId: identity.personId ? Number(identity.personId) : null,
    byUsername: identity.username,
    kind: entry.kind,
    progress: entry.progress,
    note: entry.note,
    evidenceLinks: entry.evidenceLinks?.length ? JSON.stringify(entry.evidenceLinks) : null,
    changes: entry.changes?.length ? JSON.stringify(entry.changes) : null,
  });
}

/**
 * One history entry and one compare-and-swap on the task, in one transaction: of two changes made
 * at the same version exactly one is kept, the other is refused with CONFLICT and loses nothing
 * that was committed.
 */
async function changeTask(ctx: RequestContext, id: string, change: Change) {
  const identity = identityOf(ctx);
  return ctx.dataSource.transaction(async (manager) => {
    const tasks = manager.getRepository(TaskRecord);
    const found = await tasks.findOne({ where: { id: Number(id) }, select: { id: true, parentId: true } });
    if (!found) throw notFound('Task', id);
    const chain = await lockAncestors(manager, found.parentId);
    const before = await tasks.findOneByOrFail({ id: found.id });
    if (change.assigneeMayAct) {
      if (!canSeeTask(identity, before))
        throw forbidden('You may only act on tasks of your own units or tasks assigned to you.');
    } else {
      assertWithinScope(identity, before.unitPath, 'tasks of this unit');
    }
    if (before.version !== change.version) throw staleVersion('This task');
    const next = nextStatus(before.status, change.action);
    if ('refusal' in next) throw refuseInput({ message: next.refusal, key: next.key }, 'status');
    await change.check?.(manager, before);
    const fields = change.fields(before);
    await updateAtVersion(
      manager,
      TaskRecord,
      before.id,
      change.version,
      { ...fields, status: next.status },
      'This task',
    );
    const after = await tasks.findOneByOrFail({ id: before.id });
    await recordHistory(manager, ctx, {
      taskId: before.id,
      kind: UPDATE_KIND[change.action],
      progress: after.progress,
      note: change.note,
      evidenceLinks: change.evidenceLinks,
      changes: change.changes?.(before),
    });
    await rollUpProgress(manager, chain);
    await writeAudit(manager, ctx, {
      action: `${change.action.toLowerCase()}Task`,
      entityType: 'Task',
      entityId: id,
      before,
      after,
    });
    if (change.action === 'EXTEND') await deadlineExtended(manager, before, after);
    return toTask(after);
  });
}

function cleanLinks(evidenceLinks: string[]): string[] {
  const links = evidenceLinks.map((l) => l.trim()).filter(Boolean);
  const problem = evidenceProblem(links);
  if (problem) throw badInput(problem, 'evidenceLinks');
  return links;
}

export function reportProgress(
  ctx: RequestContext,
  id: string,
  progress: number,
  note: string,
  version: number,
  evidenceLinks: string[] = [],
) {
  const problem = progressProblem(progress);
  if (problem) throw refuseInput(problem, 'progress');
  if (!note.trim())
    throw refuseInput({ message: 'Say what was done in the note.', key: 'errors.noteRequired' }, 'note');
  if (note.length > 5000) throw badInput('A note may have at most 5000 characters.', 'note');
  const links = cleanLinks(evidenceLinks);
  return changeTask(ctx, id, {
    action: 'REPORT',
    version,
    note: note.trim(),
    evidenceLinks: links,
    fields: () => ({ progress }),
    assigneeMayAct: true,
  });
}

/** Completion takes the final note and the evidence of the result (the "clear result" of the six). */
export function completeTask(
  ctx: RequestContext,
  id: string,
  version: number,
  note?: string | null,
  evidenceLinks: string[] = [],
) {
  if (note && note.length > 5000) throw badInput('A note may have at most 5000 characters.', 'note');
  const links = cleanLinks(evidenceLinks);
  return changeTask(ctx, id, {
    action: 'COMPLETE',
    version,
    note: note?.trim() ?? '',
    evidenceLinks: links,
    assigneeMayAct: true,
    fields: () => ({ progress: 100, completedOn: today() }),
    check: async (manager, task) => {
      const problem = completionProblem(await countOpenSubtasks(manager, task.id));
      if (problem) throw refuseInput({ message: problem, key: 'errors.openSubtasks' }, 'status');
    },
  });
}

/** Sends a done task back to the assignee (it goes back to IN_PROGRESS), with the reason in the history. */
export function reopenTask(ctx: RequestContext, id: string, version: number, reason: string) {
  const problem = reasonProblem(reason);
  if (problem) throw refuseInput(problem, 'reason');
  return changeTask(ctx, id, {
    action: 'REOPEN',
    version,
    note: reason.trim(),
    fields: () => ({ completedOn: null }),
  });
}

export function extendTaskDeadline(
  ctx: RequestContext,
  id: string,
  version: number,
  dueDate: string,
  reason: string,
) {
  const problem = reasonProblem(reason);
  if (problem) throw refuseInput(problem, 'reason');
  return changeTask(ctx, id, {
    action: 'EXTEND',
    version,
    note: reason.trim(),
    fields: () => ({ dueDate }),
    changes: (task) => [{ field: 'dueDate', from: task.dueDate, to: dueDate }],
    check: async (_manager, task) => {
      const refusal = extensionProblem(task.dueDate, dueDate, today());
      if (refusal) throw refuseInput(refusal, 'dueDate');
    },
  });
}

/** A cancelled task is no longer work: it leaves the scorecard and its parent's roll-up. */
export function cancelTask(ctx: RequestContext, id: string, version: number, reason: string) {
  const problem = reasonProblem(reason);
  if (problem) throw refuseInput(problem, 'reason');
  return changeTask(ctx, id, {
    action: 'CANCEL',
    version,
    note: reason.trim(),
    fields: () => ({ cancelledOn: today() }),
    check: async (manager, task) => {
      const open = await countOpenSubtasks(manager, task.id);
      if (open > 0) {
        throw refuseInput(
          {
            message: `This task still has ${open} open sub-task(s); cancel or finish them first.`,
            key: 'errors.cancelOpenSubtasks',
            params: { count: open },
          },
          'status',
        );
      }
    },
  });
}
