import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { DateScalar } from '@dx/subgraph-kit';
import type { RequestContext } from '@dx/subgraph-kit';
import { CreateTaskInput, UpdateTaskInput } from '../schema/task.inputs';
import { Task } from '../schema/task.types';
import { createTask, updateTask } from '../store/task-assignment';
import {
  cancelTask,
  completeTask,
  extendTaskDeadline,
  reopenTask,
  reportProgress,
} from '../store/task-progress';

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
  @Mutation(() => Task, {
    description:
      'Edits or reassigns an open task, with the reason kept in the history; a new due date before today -> BAD_USER_INPUT; CONFLICT if it changed since `version`.',
  })
  updateTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
    @Arg('reason', { description: 'Why, for the history.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return updateTask(ctx, id, version, input, reason);
  }

  @Authorized(...ASSIGNERS)
  @Mutation(() => Task, {
    description: 'Gives an open task a later due date (not before today), with the reason in the history.',
  })
  extendTaskDeadline(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('dueDate', () => DateScalar) dueDate: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return extendTaskDeadline(ctx, id, version, dueDate, reason);
  }

  @Authorized(...ASSIGNERS)
  @Mutation(() => Task, {
    description: 'Cancels an open task, with the reason in the history; cancelled tasks leave the scorecard.',
  })
  cancelTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return cancelTask(ctx, id, version, reason);
  }

  @Authorized(...REPORTERS)
  @Mutation(() => Task, {
    description: 'Adds a progress report to the timeline; CONFLICT if the task changed since `version`.',
  })
  reportTaskProgress(
    @Arg('id', () => ID) id: string,
    @Arg('progress', () => Int) progress: number,
    @Arg('note') note: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('evidenceLinks', () => [String], {
      nullable: true,
      description: 'Links to documents or photos that show the work.',
    })
    evidenceLinks?: string[] | null,
  ) {
    return reportProgress(ctx, id, progress, note, version, evidenceLinks ?? []);
  }

  @Authorized(...REPORTERS)
  @Mutation(() => Task, {
    description:
      'Marks the task done today with the final note and evidence; CONFLICT if it changed since `version`.',
  })
  completeTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('note', () => String, { nullable: true, description: 'The final note: what was delivered.' })
    note?: string | null,
    @Arg('evidenceLinks', () => [String], {
      nullable: true,
      description: 'Links to the result: the signed report, photos, the system.',
    })
    evidenceLinks?: string[] | null,
  ) {
    return completeTask(ctx, id, version, note, evidenceLinks ?? []);
  }

  @Authorized(...ASSIGNERS)
  @Mutation(() => Task, {
    description: 'Sends a done task back (it goes back to IN_PROGRESS), with the reason in the history.',
  })
  reopenTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return reopenTask(ctx, id, version, reason);
  }
}
