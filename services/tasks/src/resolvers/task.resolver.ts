import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, identityOf, isWithinScope, type RequestContext } from '@dx/subgraph-kit';
import { isOverdue } from '../domain/task-rules';
import { today } from '../domain/clock';
import { Committee, WorkProgram } from '../schema/committee.types';
import { TaskOrder, type TaskOrderName } from '../schema/enums';
import { TaskFilter } from '../schema/task.inputs';
import { Task, TaskConnection, TaskUpdate } from '../schema/task.types';
import { PersonRef, UnitRef, personRef, unitRef } from '../schema/refs';
import { committeeLoader, loadTaskUpdates, subtaskLoader, taskLoader, workProgramLoader } from '../store/loaders';
import { listTasks } from '../store/task-list';

/** A task the caller may see, or null: out-of-scope tasks are as good as absent. */
export async function visibleTask(ctx: RequestContext, id: string): Promise<Task | null> {
  const task = await taskLoader(ctx).load(id);
  return task && isWithinScope(identityOf(ctx), task.unitPath) ? task : null;
}

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnection, { description: "Tasks in the caller's units, filtered and ordered in SQL (by due date unless told)." })
  tasks(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg('orderBy', () => TaskOrder, { nullable: true }) orderBy?: TaskOrderName,
  ) {
    return listTasks(ctx, filter ?? undefined, orderBy ?? 'DUE_DATE_ASC', page);
  }

  @Authorized()
  @Query(() => Task, { nullable: true })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return visibleTask(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'Not done and past its due day (Hà Nội time).' })
  overdue(@Root() task: Task) {
    return isOverdue(task, today());
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
    return ((await subtaskLoader(ctx).load(task.id)) ?? []).filter((t) => isWithinScope(identity, t.unitPath));
  }

  @FieldResolver(() => [TaskUpdate], { description: 'The timeline: progress reports, completion, reopenings, oldest first.' })
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
