import { DomainError, identityOf, type PageArgs, type RequestContext, today } from '@dx/subgraph-kit';
import { TaskRecord } from '../entities/task.entity';
import { endOfWeek } from '../domain/calendar';
import type { TaskStatusName } from '../domain/task-rules';
import { toTask } from './mappers';
import { OPEN } from './task-list';

const encode = (offset: number) => Buffer.from(`my:${offset}`).toString('base64url');
const decode = (cursor: string | null | undefined) => {
  const match = cursor ? /^my:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  return match ? Number(match[1]) : 0;
};

/**
 * The caller's own tasks (assigned to the person the account is linked to), wherever their units
 * are: overdue first, then due this week, then the rest open, then done; each by due date.
 * Cancelled tasks only when asked for. The order depends on today, so the cursor is an offset
 * (a person's own tasks are tens, not millions).
 */
export async function myTasks(ctx: RequestContext, status: TaskStatusName | undefined, page: PageArgs) {
  const identity = identityOf(ctx);
  if (!identity.personId) {
    throw new DomainError(
      'NOT_FOUND',
      'Your account is not linked to a person in the directory; ask an administrator to link it.',
      {
        messageKey: 'errors.accountWithoutPerson',
        params: {},
      },
    );
  }
  const day = today();
  const first = Math.min(Math.max(page.first ?? 20, 1), 100);
  const offset = decode(page.after);
  const query = ctx.dataSource
    .getRepository(TaskRecord)
    .createQueryBuilder('t')
    .where('t.assigneeId = :person', { person: Number(identity.personId) })
    .addSelect(
      `CASE WHEN t.status IN (${OPEN}) AND t.dueDate < :today THEN 0 WHEN t.status IN (${OPEN}) AND t.dueDate <= :weekEnd THEN 1 WHEN t.status IN (${OPEN}) THEN 2 WHEN t.status = 'DONE' THEN 3 ELSE 4 END`,
      'bucket',
    )
    .setParameters({ today: day, weekEnd: endOfWeek(day) });
  if (status) query.andWhere('t.status = :status', { status });
  else query.andWhere("t.status <> 'CANCELLED'");
  const [rows, totalCount] = await Promise.all([
    query
      .clone()
      .orderBy('bucket', 'ASC')
      .addOrderBy('t.dueDate', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .offset(offset)
      .limit(first)
      .getMany(),
    query.clone().getCount(),
  ]);
  const end = offset + rows.length;
  return {
    nodes: rows.map(toTask),
    totalCount,
    pageInfo: { hasNextPage: end < totalCount, endCursor: rows.length ? encode(end) : null },
  };
}
