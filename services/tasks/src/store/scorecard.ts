import { badInput, identityOf, scopePrefix, type RequestContext, today } from '@dx/subgraph-kit';
import type { DataSource } from 'typeorm';
import { TaskRecord } from '../entities/task.entity';
import { isMonth, monthRange } from '../domain/calendar';
import { rankUnits, type UnitTaskCounts } from '../domain/scorecard';

interface CountsRow {
  unitId: number | string;
  assigned: number | string;
  doneOnTime: number | string | null;
  doneLate: number | string | null;
  overdue: number | string | null;
  lateDays: number | string | null;
  overdueDays: number | string | null;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD text columns or parameters), per dialect. */
function dayDiff(dataSource: DataSource, from: string, to: string): string {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb'
    ? `DATEDIFF(${to}, ${from})`
    : `CAST(julianday(${to}) - julianday(${from}) AS INTEGER)`;
}

/**
 * Counted: the leaves. A task with live sub-tasks is the sum of them, so only the sub-tasks count
 * (each to its own lead unit, which is who did the work); counting the parent too would score the
 * same work twice. A parent whose sub-tasks were all cancelled is a leaf again. Cancelled tasks
 * are not counted at all.
 */
const IS_COUNTED_LEAF = `t.status <> 'CANCELLED' AND NOT EXISTS (SELECT 1 FROM task c WHERE c.parentId = t.id AND c.status <> 'CANCELLED')`;

/**
 * The month's evaluation counts the leaf tasks due in that month, per lead unit, in one GROUP BY
 * over the (dueDate) index. The CASEs are the SQL form of isDoneOnTime, isOverdue and daysLate in
 * domain/task-rules. Units of the caller's scope that lead tasks but had nothing due in the month
 * are listed with no score.
 */
export async function unitScorecard(ctx: RequestContext, month: string) {
  if (!isMonth(month)) throw badInput('Write the month as YYYY-MM, e.g. 2026-11.', 'month');
  const { from, to } = monthRange(month);
  const ds = ctx.dataSource;
  const prefix = scopePrefix(identityOf(ctx));
  const query = ds
    .getRepository(TaskRecord)
    .createQueryBuilder('t')
    .select('t.unitId', 'unitId')
    .addSelect('COUNT(*)', 'assigned')
    .addSelect(
      "SUM(CASE WHEN t.status = 'DONE' AND t.completedOn <= t.dueDate THEN 1 ELSE 0 END)",
      'doneOnTime',
    )
    .addSelect("SUM(CASE WHEN t.status = 'DONE' AND t.completedOn > t.dueDate THEN 1 ELSE 0 END)", 'doneLate')
    .addSelect(
      "SUM(CASE WHEN t.status IN ('NOT_STARTED', 'IN_PROGRESS') AND t.dueDate < :today THEN 1 ELSE 0 END)",
      'overdue',
    )
    .addSelect(
      `SUM(CASE WHEN t.status = 'DONE' AND t.completedOn > t.dueDate THEN ${dayDiff(ds, 't.dueDate', 't.completedOn')} ELSE 0 END)`,
      'lateDays',
    )
    .addSelect(
      `SUM(CASE WHEN t.status IN ('NOT_STARTED', 'IN_PROGRESS') AND t.dueDate < :today THEN ${dayDiff(ds, 't.dueDate', ':today')} ELSE 0 END)`,
      'overdueDays',
    )
    .where('t.dueDate >= :from AND t.dueDate <= :to', { from, to, today: today() })
    .andWhere(IS_COUNTED_LEAF)
    .groupBy('t.unitId');
  if (prefix) query.andWhere('t.unitPath LIKE :scope', { scope: `${prefix}%` });
  const rows = await query.getRawMany<CountsRow>();
  const counts: UnitTaskCounts[] = rows.map((r) => ({
    unitId: String(r.unitId),
    assigned: Number(r.assigned),
    doneOnTime: Number(r.doneOnTime ?? 0),
    doneLate: Number(r.doneLate ?? 0),
    overdue: Number(r.overdue ?? 0),
    lateDays: Number(r.lateDays ?? 0),
    overdueDays: Number(r.overdueDays ?? 0),
  }));
  const others = ds
    .getRepository(TaskRecord)
    .createQueryBuilder('t')
    .select('DISTINCT t.unitId', 'unitId')
    .where("t.status <> 'CANCELLED'");
  if (prefix) others.andWhere('t.unitPath LIKE :scope', { scope: `${prefix}%` });
  const listed = new Set(counts.map((c) => c.unitId));
  for (const r of await others.getRawMany<{ unitId: number | string }>()) {
    if (!listed.has(String(r.unitId))) {
      counts.push({
        unitId: String(r.unitId),
        assigned: 0,
        doneOnTime: 0,
        doneLate: 0,
        overdue: 0,
        lateDays: 0,
        overdueDays: 0,
      });
    }
  }
  return rankUnits(counts);
}
