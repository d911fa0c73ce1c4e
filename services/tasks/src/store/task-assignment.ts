import {
  DomainError,
  assertWithinScope,
  badInput,
  encodeUnitPath,
  identityOf,
  notFound,
  requirePerson,
  requireUnit,
  updateAtVersion,
  writeAudit,
  type RequestContext,
  clean,
  today,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CommitteeRecord } from '../entities/committee.entity';
import { TaskRecord, taskSearchText } from '../entities/task.entity';
import { WorkProgramRecord } from '../entities/work-program.entity';
import { coordinatingUnits, missingClearFields, type AssignmentDraft } from '../domain/six-clear';
import { dueDateProblem, isOpen, reasonProblem } from '../domain/task-rules';
import type { CreateTaskInput, UpdateTaskInput } from '../schema/task.inputs';
import { toTask } from './mappers';
import { taskAssigned } from './task-events';
import { refuseInput } from './refusals';
import { recordHistory, type FieldChange } from './task-progress';
import { lockAncestors, rollUpProgress } from './task-rollup';

/** All six clears at once, so a form can mark every missing field, not just the first. */
function assertSixClear(draft: AssignmentDraft): void {
  const missing = missingClearFields(draft);
  if (missing.length) {
    throw new DomainError('BAD_USER_INPUT', missing[0].message, {
      field: missing[0].field,
      fields: missing,
      messageKey: 'errors.sixClear',
      params: { field: missing[0].field },
    });
  }
}

function assertDueDate(dueDate: string): void {
  const refusal = dueDateProblem(dueDate, today());
  if (refusal) throw refuseInput(refusal, 'dueDate');
}

/** Checks the people and units a task names, through the directory, with the caller's rights. */
export async function resolveParties(
  ctx: RequestContext,
  assigneeId: string,
  unitId: string,
  coordinating: string[],
) {
  const [unit, , ...others] = await Promise.all([
    requireUnit(ctx, unitId, 'unitId'),
    requirePerson(ctx, assigneeId, 'assigneeId'),
    ...coordinating.map((id) => requireUnit(ctx, id, 'coordinatingUnitIds')),
  ]);
  assertWithinScope(identityOf(ctx), encodeUnitPath(unit.path), 'tasks of this unit');
  return { unitPath: encodeUnitPath(unit.path), coordinating: others.map((u) => u.id) };
}

interface Placement {
  committeeId: number | null;
  workProgramId: number | null;
  parentId: number | null;
}

/** A sub-task inherits its parent's committee and program; a program item its program's committee. */
async function placement(
  manager: EntityManager,
  ctx: RequestContext,
  input: CreateTaskInput,
): Promise<Placement> {
  let committeeId = input.committeeId ? Number(input.committeeId) : null;
  let workProgramId = input.workProgramId ? Number(input.workProgramId) : null;
  let parentId: number | null = null;
  if (input.parentId) {
    const parent = await manager.getRepository(TaskRecord).findOneBy({ id: Number(input.parentId) });
    if (!parent)
      throw new DomainError('NOT_FOUND', `Task ${input.parentId} does not exist.`, { field: 'parentId' });
    assertWithinScope(identityOf(ctx), parent.unitPath, 'tasks of this unit');
    if (!isOpen(parent.status)) {
      throw refuseInput(
        { message: 'Sub-tasks are added only to a task that is still open.', key: 'errors.parentNotOpen' },
        'parentId',
      );
    }
    parentId = parent.id;
    committeeId ??= parent.committeeId;
    workProgramId ??= parent.workProgramId;
  }
  if (workProgramId !== null) {
    const program = await manager.getRepository(WorkProgramRecord).findOneBy({ id: workProgramId });
    if (!program)
      throw new DomainError('NOT_FOUND', `Work program ${workProgramId} does not exist.`, {
        field: 'workProgramId',
      });
    if (committeeId !== null && committeeId !== program.committeeId) {
      throw badInput('The work program belongs to another committee.', 'workProgramId');
    }
    committeeId = program.committeeId;
  }
  if (committeeId !== null && !(await manager.getRepository(CommitteeRecord).existsBy({ id: committeeId }))) {
    throw new DomainError('NOT_FOUND', `Committee ${committeeId} does not exist.`, { field: 'committeeId' });
  }
  return { committeeId, workProgramId, parentId };
}

export type Parties = Awaited<ReturnType<typeof resolveParties>>;

/** Writes a checked task inside the caller's transaction (createTask and meeting conclusions share it). */
export async function insertTask(
  manager: EntityManager,
  ctx: RequestContext,
  input: CreateTaskInput,
  parties: Parties,
) {
  const where = await placement(manager, ctx, input);
  const chain = await lockAncestors(manager, where.parentId);
  const tasks = manager.getRepository(TaskRecord);
  const saved = await tasks.save(
    tasks.create({
      ...where,
      title: input.title.trim(),
      description: clean(input.description),
      assigneeId: Number(input.assigneeId),
      unitId: Number(input.unitId),
      unitPath: parties.unitPath,
      coordinatingUnitIds: parties.coordinating.join(','),
      dueDate: input.dueDate,
      expectedResult: input.expectedResult.trim(),
      authority: input.authority!.trim(),
      sourceDocument: clean(input.sourceDocument),
      priority: input.priority ?? 'NORMAL',
      sector: input.sector ?? null,
    }),
  );
  await rollUpProgress(manager, chain);
  await writeAudit(manager, ctx, {
    action: 'createTask',
    entityType: 'Task',
    entityId: saved.id,
    after: saved,
  });
  const created = await tasks.findOneByOrFail({ id: saved.id });
  await taskAssigned(manager, created);
  return created;
}

/** The checks before any write: six clears, a due date not in the past, the parties in the directory. */
export async function checkedParties(ctx: RequestContext, input: CreateTaskInput): Promise<Parties> {
  assertSixClear(input);
  assertDueDate(input.dueDate);
  return resolveParties(
    ctx,
    input.assigneeId,
    input.unitId,
    coordinatingUnits(input.unitId, input.coordinatingUnitIds),
  );
}

export async function createTask(ctx: RequestContext, input: CreateTaskInput) {
  const parties = await checkedParties(ctx, input);
  return ctx.dataSource.transaction(async (manager) =>
    toTask(await insertTask(manager, ctx, input, parties)),
  );
}

const EDITABLE: (keyof TaskRecord)[] = [
  'title',
  'description',
  'assigneeId',
  'unitId',
  'coordinatingUnitIds',
  'dueDate',
  'expectedResult',
  'authority',
  'sourceDocument',
  'priority',
  'sector',
];

function fieldChanges(before: TaskRecord, after: TaskRecord): FieldChange[] {
  const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
  return EDITABLE.filter((f) => text(before[f]) !== text(after[f])).map((f) => ({
    field: f,
    from: text(before[f]),
    to: text(after[f]),
  }));
}

/** Edits and reassignments say why; the history keeps the reason and each field's old and new value. */
export async function updateTask(
  ctx: RequestContext,
  id: string,
  version: number,
  input: UpdateTaskInput,
  reason: string,
) {
  const reasonRefusal = reasonProblem(reason);
  if (reasonRefusal) throw refuseInput(reasonRefusal, 'reason');
  const current = await ctx.dataSource.getRepository(TaskRecord).findOneBy({ id: Number(id) });
  if (!current) throw notFound('Task', id);
  assertWithinScope(identityOf(ctx), current.unitPath, 'tasks of this unit');
  if (!isOpen(current.status)) {
    throw refuseInput(
      { message: 'Only an open task can be edited; send a done task back first.', key: 'errors.editNotOpen' },
      'status',
    );
  }
  if (input.dueDate && input.dueDate !== current.dueDate) assertDueDate(input.dueDate);
  const merged = {
    title: input.title ?? current.title,
    assigneeId: input.assigneeId ?? String(current.assigneeId),
    unitId: input.unitId ?? String(current.unitId),
    dueDate: input.dueDate ?? current.dueDate,
    expectedResult: input.expectedResult ?? current.expectedResult,
    authority: input.authority ?? current.authority,
  };
  assertSixClear(merged);
  const coordinating = coordinatingUnits(
    merged.unitId,
    input.coordinatingUnitIds ?? current.coordinatingUnitIds.split(',').filter(Boolean),
  );
  const parties = await resolveParties(ctx, merged.assigneeId, merged.unitId, coordinating);
  return ctx.dataSource.transaction(async (manager) => {
    const tasks = manager.getRepository(TaskRecord);
    await lockAncestors(manager, current.parentId);
    const before = await tasks.findOneBy({ id: current.id });
    if (!before) throw notFound('Task', id);
    const changes: Partial<TaskRecord> = {
      title: merged.title.trim(),
      searchText: taskSearchText(merged.title.trim()),
      assigneeId: Number(merged.assigneeId),
      unitId: Number(merged.unitId),
      unitPath: parties.unitPath,
      coordinatingUnitIds: parties.coordinating.join(','),
      dueDate: merged.dueDate,
      expectedResult: merged.expectedResult.trim(),
      authority: merged.authority!.trim(),
    };
    if (input.description !== undefined) changes.description = clean(input.description);
    if (input.sourceDocument !== undefined) changes.sourceDocument = clean(input.sourceDocument);
    if (input.priority) changes.priority = input.priority;
    if (input.sector !== undefined) changes.sector = input.sector ?? null;
    await updateAtVersion(manager, TaskRecord, before.id, version, changes, 'This task');
    const after = await tasks.findOneByOrFail({ id: before.id });
    const changed = fieldChanges(before, after);
    await recordHistory(manager, ctx, {
      taskId: before.id,
      kind: changed.some((c) => c.field === 'assigneeId') ? 'REASSIGNED' : 'EDITED',
      progress: after.progress,
      note: reason.trim(),
      changes: changed,
    });
    await writeAudit(manager, ctx, { action: 'updateTask', entityType: 'Task', entityId: id, before, after });
    if (after.assigneeId !== before.assigneeId) await taskAssigned(manager, after);
    return toTask(after);
  });
}
