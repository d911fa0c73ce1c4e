import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { summaryPrefix, today, weekOf, type RequestContext, UnitRef } from '@dx/subgraph-kit';
import { TaskRecord } from '../entities/task.entity';

@ObjectType({
  description: "Tasks of a unit and every unit below it, as the caller may see them (the dashboard's card).",
})
export class TaskSummary {
  @Field(() => Int, { description: 'Not started or in progress.' })
  open: number;

  @Field(() => Int, { description: 'Open with the due date passed (Vietnam time).' })
  overdue: number;

  @Field(() => Int, { description: 'Open, due from today to Sunday.' })
  dueThisWeek: number;

  @Field(() => Int)
  doneThisMonth: number;
}

const OPEN = "t.status IN ('NOT_STARTED', 'IN_PROGRESS')";

/** Unit.taskSummary: one SQL statement whatever the size of the unit tree (conditional sums over an indexed prefix). */
@Resolver(() => UnitRef)
export class UnitTaskSummaryResolver {
  @FieldResolver(() => TaskSummary, { nullable: true })
  async taskSummary(@Root() unit: UnitRef, @Ctx() ctx: RequestContext): Promise<TaskSummary | null> {
    const prefix = await summaryPrefix(ctx, unit.id);
    if (!prefix) return null;
    const day = today();
    const row = await ctx.dataSource
      .getRepository(TaskRecord)
      .createQueryBuilder('t')
      .select(`SUM(CASE WHEN ${OPEN} THEN 1 ELSE 0 END)`, 'open')
      .addSelect(`SUM(CASE WHEN ${OPEN} AND t.dueDate < :day THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect(
        `SUM(CASE WHEN ${OPEN} AND t.dueDate >= :day AND t.dueDate <= :sunday THEN 1 ELSE 0 END)`,
        'dueThisWeek',
      )
      .addSelect(
        `SUM(CASE WHEN t.status = 'DONE' AND t.completedOn >= :monthStart THEN 1 ELSE 0 END)`,
        'doneThisMonth',
      )
      .where('t.unitPath LIKE :prefix', { prefix: `${prefix}%` })
      .setParameters({ day, sunday: weekOf(day).sunday, monthStart: `${day.slice(0, 7)}-01` })
      .getRawOne<Record<keyof TaskSummary, string | number | null>>();
    const n = (v: string | number | null | undefined) => Number(v ?? 0);
    return {
      open: n(row?.open),
      overdue: n(row?.overdue),
      dueThisWeek: n(row?.dueThisWeek),
      doneThisMonth: n(row?.doneThisMonth),
    };
  }
}
