import type { SelectQueryBuilder } from 'typeorm';
import {
  badInput,
  identityOf,
  paginate,
  whereTextMatches,
  requireUnit,
  encodeUnitPath,
  scopePrefix,
  type PageArgs,
  type RequestContext,
  type SortKey,
  today,
  addDays,
} from '@dx/subgraph-kit';
import { TASK_SEARCH, TaskRecord } from '../entities/task.entity';
import { endOfWeek } from '../domain/calendar';
import type { TaskOrderName } from '../schema/enums';
import type { TaskFilter } from '../schema/task.inputs';
import { toTask } from './mappers';

const SORTS: Record<TaskOrderName, SortKey[]> = {
  DUE_DATE_ASC: [
    { column: 't.dueDate', property: 'dueDate', direction: 'ASC' },
    { column: 't.id', property: 'id', direction: 'ASC' },
  ],
  DUE_DATE_DESC: [
    { column: 't.dueDate', property: 'dueDate', direction: 'DESC' },
    { column: 't.id', property: 'id', direction: 'DESC' },
  ],
  CREATED_DESC: [{ column: 't.id', property: 'id', direction: 'DESC' }],
};

/** The SQL form of isOpen in domain/task-rules. */
export const OPEN = "'NOT_STARTED', 'IN_PROGRESS'";

const asId = (value: string, field: string): number => {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw badInput(`"${value}" is not an id.`, field);
  return id;
};

/** Only tasks of units inside the caller's scope; administrators see everything. */
export function scopedTasks(ctx: RequestContext): SelectQueryBuilder<TaskRecord> {
  const query = ctx.dataSource.getRepository(TaskRecord).createQueryBuilder('t');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('t.unitPath LIKE :scope', { scope: `${prefix}%` });
  return query;
}

/** Every condition is on an indexed column; text search is the one scan, and it is bounded by the others. */
export async function applyTaskFilter(
  ctx: RequestContext,
  query: SelectQueryBuilder<TaskRecord>,
  filter: TaskFilter = {},
) {
  const day = today();
  if (filter.status) query.andWhere('t.status = :status', { status: filter.status });
  if (filter.assigneeId)
    query.andWhere('t.assigneeId = :assigneeId', { assigneeId: asId(filter.assigneeId, 'assigneeId') });
  if (filter.unitId) {
    if (filter.includeSubunits) {
      const unit = await requireUnit(ctx, filter.unitId, 'unitId');
      query.andWhere('t.unitPath LIKE :unitPath', { unitPath: `${encodeUnitPath(unit.path)}%` });
    } else {
      query.andWhere('t.unitId = :unitId', { unitId: asId(filter.unitId, 'unitId') });
    }
  }
  if (filter.committeeId)
    query.andWhere('t.committeeId = :committeeId', { committeeId: asId(filter.committeeId, 'committeeId') });
  if (filter.workProgramId)
    query.andWhere('t.workProgramId = :programId', {
      programId: asId(filter.workProgramId, 'workProgramId'),
    });
  if (filter.parentId)
    query.andWhere('t.parentId = :parentId', { parentId: asId(filter.parentId, 'parentId') });
  if (filter.topLevelOnly) query.andWhere('t.parentId IS NULL');
  if (filter.priority) query.andWhere('t.priority = :priority', { priority: filter.priority });
  if (filter.overdue === true) query.andWhere(`t.status IN (${OPEN}) AND t.dueDate < :today`, { today: day });
  if (filter.overdue === false)
    query.andWhere(`(t.status NOT IN (${OPEN}) OR t.dueDate >= :today)`, { today: day });
  if (filter.dueThisWeek) {
    query.andWhere(`t.status IN (${OPEN}) AND t.dueDate >= :weekFrom AND t.dueDate <= :weekTo`, {
      weekFrom: day,
      weekTo: endOfWeek(day),
    });
  }
  if (filter.dueFrom) query.andWhere('t.dueDate >= :dueFrom', { dueFrom: filter.dueFrom });
  if (filter.dueTo) query.andWhere('t.dueDate <= :dueTo', { dueTo: filter.dueTo });
  if (filter.dueWithinDays != null) {
    query.andWhere(`t.status IN (${OPEN}) AND t.dueDate >= :soonFrom AND t.dueDate <= :soonTo`, {
      soonFrom: day,
      soonTo: addDays(day, filter.dueWithinDays),
    });
  }
  const text = filter.search?.trim();
  if (text) whereTextMatches(query, 't', TASK_SEARCH, text);
  return query;
}

export async function listTasks(
  ctx: RequestContext,
  filter: TaskFilter | undefined,
  order: TaskOrderName,
  page: PageArgs,
) {
  const query = await applyTaskFilter(ctx, scopedTasks(ctx), filter);
  const connection = await paginate(query, page, SORTS[order]);
  return { ...connection, nodes: connection.nodes.map(toTask) };
}
