import { DomainError, assertWithinScope, badInput, identityOf, notFound, staleVersion, updateAtVersion, writeAudit, type RequestContext } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { TaskRecord } from '../entities/task.entity';
import { TaskUpdateRecord, type TaskUpdateKindName } from '../entities/task-update.entity';
import { today } from '../domain/clock';
import { evidenceProblem } from '../domain/evidence';
import { completionProblem, nextStatus, progressProblem, type TaskAction } from '../domain/task-rules';
import { toTask } from './mappers';
import { countOpenSubtasks, lockAncestors, rollUpProgress } from './task-rollup';

interface Change {
  action: TaskAction;
  version: number;
  note: string;
  /** The record's new fields, given the record as it is. */
  fields: (task: TaskRecord) => Partial<TaskRecord>;
  evidenceLinks?: string[];
  check?: (manager: EntityManager, task: TaskRecord) => Promise<void>;
}

const UPDATE_KIND: Record<TaskAction, TaskUpdateKindName> = { REPORT: 'PROGRESS', COMPLETE: 'COMPLETED', REOPEN: 'REOPENED' };

/**
 * One history entry and one compare-and-swap on the task, in one transaction: of two reports made
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
    assertWithinScope(identity, before.unitPath, 'tasks of this unit');
    if (before.version !== change.version) throw staleVersion('This task');
    const next = nextStatus(before.status, change.action);
    if ('refusal' in next) throw new DomainError('BAD_USER_INPUT', next.refusal, { field: 'status' });
    await change.check?.(manager, before);
    const fields = change.fields(before);
    await updateAtVersion(manager, TaskRecord, before.id, change.version, { ...fields, status: next.status }, 'This task');
    const after = await tasks.findOneByOrFail({ id: before.id });
    await manager.insert(TaskUpdateRecord, {
      taskId: before.id,
      byPersonId: identity.personId ? Number(identity.personId) : null,
      byUsername: identity.username,
      kind: UPDATE_KIND[change.action],
      progress: after.progress,
      note: change.note,
      evidenceLinks: change.evidenceLinks?.length ? JSON.stringify(change.evidenceLinks) : null,
    });
    await rollUpProgress(manager, chain);
    await writeAudit(manager, ctx, { action: `${change.action.toLowerCase()}Task`, entityType: 'Task', entityId: id, before, after });
    return toTask(after);
  });
}

export function reportProgress(ctx: RequestContext, id: string, progress: number, note: string, version: number, evidenceLinks: string[] = []) {
  const problem = progressProblem(progress);
  if (problem) throw badInput(problem, 'progress');
  if (!note.trim()) throw badInput('Say what was done in the note.', 'note');
  if (note.length > 5000) throw badInput('A note may have at most 5000 characters.', 'note');
  const links = evidenceLinks.map((l) => l.trim()).filter(Boolean);
  const linkProblem = evidenceProblem(links);
  if (linkProblem) throw badInput(linkProblem, 'evidenceLinks');
  return changeTask(ctx, id, { action: 'REPORT', version, note: note.trim(), evidenceLinks: links, fields: () => ({ progress }) });
}

export function completeTask(ctx: RequestContext, id: string, version: number, note?: string | null) {
  return changeTask(ctx, id, {
    action: 'COMPLETE',
    version,
    note: note?.trim() ?? '',
    fields: () => ({ progress: 100, completedOn: today() }),
    check: async (manager, task) => {
      const problem = completionProblem(await countOpenSubtasks(manager, task.id));
      if (problem) throw new DomainError('BAD_USER_INPUT', problem, { field: 'status' });
    },
  });
}

export function reopenTask(ctx: RequestContext, id: string, version: number, reason: string) {
  if (!reason.trim()) throw badInput('Say why the task is reopened.', 'reason');
  return changeTask(ctx, id, { action: 'REOPEN', version, note: reason.trim(), fields: () => ({ completedOn: null }) });
}
