import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar, DateScalar } from '@dx/subgraph-kit';
import type { TaskPriorityName, TaskStatusName } from '../domain/task-rules';
import type { TaskSectorName } from '../domain/sectors';
import type { TaskUpdateKindName } from '../entities/task-update.entity';
import { TaskPriority, TaskSector, TaskStatus, TaskUpdateKind } from './enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A task assigned under the "6 clear" rule.' })
export class Task {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  committeeId: string | null;
  workProgramId: string | null;
  parentId: string | null;
  assigneeId: string;
  unitId: string;
  unitPath: string;
  coordinatingUnitIds: string[];

  @Field(() => DateScalar)
  dueDate: string;

  @Field()
  expectedResult: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who decides and accepts the result (always set on new tasks).',
  })
  authority: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The document that gave the task, e.g. "Thông báo 12-TB/BCĐ".',
  })
  sourceDocument: string | null;

  @Field(() => TaskPriority)
  priority: TaskPriorityName;

  @Field(() => TaskStatus)
  status: TaskStatusName;

  @Field(() => TaskSector, { nullable: true, description: 'The field of a work-program item.' })
  sector: TaskSectorName | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the task was cancelled.' })
  cancelledOn: string | null;

  @Field(() => Int, { description: 'Percent done; for a task with sub-tasks, their average.' })
  progress: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day the task was marked done.' })
  completedOn: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;
}

@ObjectType({ description: 'One field of a task before and after an edit.' })
export class TaskFieldChange {
  @Field({ description: 'e.g. dueDate, assigneeId, title' })
  field: string;

  @Field(() => String, { nullable: true })
  from: string | null;

  @Field(() => String, { nullable: true })
  to: string | null;
}

@ObjectType({
  description: 'One entry of a task’s timeline: a progress report, the completion or a reopening.',
})
export class TaskUpdate {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: Date;

  byPersonId: string | null;

  @Field(() => String, { nullable: true })
  byUsername: string | null;

  @Field(() => TaskUpdateKind)
  kind: TaskUpdateKindName;

  @Field(() => Int)
  progress: number;

  @Field()
  note: string;

  @Field(() => [String])
  evidenceLinks: string[];

  @Field(() => [TaskFieldChange], {
    description: 'For edits, reassignments and extensions: each field before and after.',
  })
  changes: TaskFieldChange[];
}

@ObjectType({ description: "A unit's delivery on the tasks due in one month, and its rank among the units." })
export class UnitScore {
  unitId: string;

  @Field(() => Int)
  assigned: number;

  @Field(() => Int)
  doneOnTime: number;

  @Field(() => Int)
  doneLate: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int, { description: 'Days late summed over the tasks done late.' })
  lateDays: number;

  @Field(() => Int, { description: 'Days overdue so far summed over the open tasks past their due day.' })
  overdueDays: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Out of 100 over the settled tasks: on time counts fully, late half, overdue nothing. null when nothing was settled in the month (shown "—").',
  })
  score: number | null;

  @Field(() => Int, { nullable: true, description: 'null for a unit without a score.' })
  rank: number | null;
}

export const TaskConnection = ConnectionType(Task);
