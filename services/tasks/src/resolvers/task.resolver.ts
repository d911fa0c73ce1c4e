import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  identityOf,
  isWithinScope,
  type RequestContext,
  PersonRef,
  UnitRef,
  personRef,
  unitRef,
  today,
} from '@dx/subgraph-kit';
import { daysLate, isOverdue, type TaskStatusName } from '../domain/task-rules';
import { Committee, WorkProgram } from '../schema/committee.types';
import { TaskOrder, TaskStatus, type TaskOrderName } from '../schema/enums';
import { TaskFilter } from '../schema/task.inputs';
import { Task, TaskConnection, TaskUpdate } from '../schema/task.types';
import {
  committeeLoader,
  loadTaskUpdates,
  subtaskLoader,
  taskLoader,
  workProgramLoader,
} from '../store/loaders';
import { listTasks } from '../store/task-list';
import { myTasks } from '../store/my-tasks';
import { canSeeTask } from '../store/task-access';

/** A task the caller may see, or null: out-of-scope tasks are as good as absent. */
export async function visibleTask(ctx: RequestContext, id: string): Promise<Task | null> {
  const task = await taskLoader(ctx).load(id);
  return task && canSeeTask(identityOf(ctx), task) ? task : null;
}

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnection, {
    description: "Tasks in the caller's units, filtered and ordered in SQL (by due date unless told).",
  })
  tasks(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg('orderBy', () => TaskOrder, { nullable: true }) orderBy?: TaskOrderName,
  ) {
    return listTasks(ctx, filter ?? undefined, orderBy ?? 'DUE_DATE_ASC', page);
  }

  @Authorized()
  @Query(() => TaskConnection, {
    description:
      "Tasks assigned to the caller's own person: overdue first, then due this week, then the rest; cancelled ones only when asked for.",
  })
  myTasks(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => TaskStatus, { nullable: true }) status?: TaskStatusName | null,
  ) {
    return myTasks(ctx, status ?? undefined, page);
  }

  @Authorized()
  @Query(() => Task, { nullable: true })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return visibleTask(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due day (Hà Nội time).' })
  overdue(@Root() task: Task) {
    return isOverdue(task, today());
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Days late: done late → days after the due day; open past due → days so far; done on time → 0; not yet due or cancelled → null.',
  })
  daysLate(@Root() task: Task) {
    return daysLate(task, today());
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'Clear person: who is in charge.' })
  assignee(@Root() task: Task) {
    return personRef(task.assigneeId);
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'Clear responsibility: the lead unit.' })
  unit(@Root() task: Task) {
    return unitRef(task.unitId);
  }

  @FieldResolver(() => [UnitRef], { description: 'Units that coordinate with the lead unit.' })
  coordinatingUnits(@Root() task: Task) {
    return task.coordinatingUnitIds.map((id) => unitRef(id)!);
  }

  @FieldResolver(() => Committee, { nullable: true })
  committee(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return task.committeeId ? committeeLoader(ctx).load(task.committeeId) : null;
  }

  @FieldResolver(() => WorkProgram, { nullable: true })
  workProgram(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return task.workProgramId ? workProgramLoader(ctx).load(task.workProgramId) : null;
  }

  @FieldResolver(() => Task, { nullable: true })
  parent(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return task.parentId ? visibleTask(ctx, task.parentId) : null;
  }

  @FieldResolver(() => [Task], { description: 'Sub-tasks, by due date.' })
  async subtasks(@Root() task: Task, @Ctx() ctx: RequestContext) {
    const identity = identityOf(ctx);
    return ((await subtaskLoader(ctx).load(task.id)) ?? []).filter((t) =>
      isWithinScope(identity, t.unitPath),
    );
  }

  @FieldResolver(() => [Task], { description: 'Sub-tasks, by due date (the same as subtasks).' })
  children(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return this.subtasks(task, ctx);
  }

  @FieldResolver(() => [TaskUpdate], {
    description:
      'The history: reports, completion, send-backs, edits, reassignments, extensions, cancellation, oldest first.',
  })
  updates(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return loadTaskUpdates(ctx, task.id);
  }
}

@Resolver(() => TaskUpdate)
export class TaskUpdateResolver {
  @FieldResolver(() => PersonRef, { nullable: true })
  by(@Root() update: TaskUpdate) {
    return personRef(update.byPersonId);
  }
}
