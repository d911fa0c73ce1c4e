import { badInput, identityOf, scopePrefix, type RequestContext } from '@dx/subgraph-kit';
import { TaskRecord } from '../entities/task.entity';
import { isMonth, monthRange } from '../domain/calendar';
import { today } from '../domain/clock';
import { rankUnits, type UnitTaskCounts } from '../domain/scorecard';

interface CountsRow {
  unitId: number | string;
  assigned: number | string;
  doneOnTime: number | string | null;
  doneLate: number | string | null;
  overdue: number | string | null;
}

/**
 * The month's evaluation counts the tasks due in that month, per lead unit, in one GROUP BY over
 * the (dueDate) index. The CASEs are the SQL form of isDoneOnTime and isOverdue in domain/task-rules.
 */
export async function unitScorecard(ctx: RequestContext, month: string) {
  if (!isMonth(month)) throw badInput('Write the month as YYYY-MM, e.g. 2026-11.', 'month');
  const { from, to } = monthRange(month);
  const query = ctx.dataSource
    .getRepository(TaskRecord)
    .createQueryBuilder('t')
    .select('t.unitId', 'unitId')
    .addSelect('COUNT(*)', 'assigned')
    .addSelect("SUM(CASE WHEN t.status = 'DONE' AND t.completedOn <= t.dueDate THEN 1 ELSE 0 END)", 'doneOnTime')
    .addSelect("SUM(CASE WHEN t.status = 'DONE' AND t.completedOn > t.dueDate THEN 1 ELSE 0 END)", 'doneLate')
    .addSelect("SUM(CASE WHEN t.status <> 'DONE' AND t.dueDate < :today THEN 1 ELSE 0 END)", 'overdue')
    .where('t.dueDate >= :from AND t.dueDate <= :to', { from, to, today: today() })
    .groupBy('t.unitId');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('t.unitPath LIKE :scope', { scope: `${prefix}%` });
  const rows = await query.getRawMany<CountsRow>();
  const counts: UnitTaskCounts[] = rows.map((r) => ({
    unitId: String(r.unitId),
    assigned: Number(r.assigned),
    doneOnTime: Number(r.doneOnTime ?? 0),
    doneLate: Number(r.doneLate ?? 0),
    overdue: Number(r.overdue ?? 0),
  }));
  return rankUnits(counts);
}
