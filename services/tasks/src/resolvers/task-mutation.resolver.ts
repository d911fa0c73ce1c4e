import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { CreateTaskInput, UpdateTaskInput } from '../schema/task.inputs';
import { Task } from '../schema/task.types';
import { createTask, updateTask } from '../store/task-assignment';
import { completeTask, reopenTask, reportProgress } from '../store/task-progress';

const ASSIGNERS = ['SECRETARIAT'] as const;
const REPORTERS = ['SECRETARIAT', 'COMMITTEE_MEMBER'] as const;

@Resolver(() => Task)
export class TaskMutationResolver {
  @Authorized(...ASSIGNERS)
  @Mutation(() => Task, { description: 'Assigns a task under the "6 clear" rule.' })
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: RequestContext) {
    return createTask(ctx, input);
  }

  @Authorized(...ASSIGNERS)
  @Mutation(() => Task, { description: 'Edits a task; CONFLICT if it changed since `version`.' })
  updateTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateTask(ctx, id, version, input);
  }

  @Authorized(...REPORTERS)
  @Mutation(() => Task, { description: 'Adds a progress report to the timeline; CONFLICT if the task changed since `version`.' })
  reportTaskProgress(
    @Arg('id', () => ID) id: string,
    @Arg('progress', () => Int) progress: number,
    @Arg('note') note: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('evidenceLinks', () => [String], { nullable: true, description: 'Links to documents or photos that show the work.' })
    evidenceLinks?: string[] | null,
  ) {
    return reportProgress(ctx, id, progress, note, version, evidenceLinks ?? []);
  }

  @Authorized(...REPORTERS)
  @Mutation(() => Task, { description: 'Marks the task done today; CONFLICT if it changed since `version`.' })
  completeTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return completeTask(ctx, id, version, note);
  }

  @Authorized(...ASSIGNERS)
  @Mutation(() => Task, { description: 'Reopens a done task (it goes back to IN_PROGRESS).' })
  reopenTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return reopenTask(ctx, id, version, reason);
  }
}
