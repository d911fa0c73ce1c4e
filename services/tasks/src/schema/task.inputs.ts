import { ArrayMaxSize, IsOptional, MaxLength, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@dx/subgraph-kit';
import type { TaskPriorityName, TaskStatusName } from '../domain/task-rules';
import type { TaskSectorName } from '../domain/sectors';
import { TaskPriority, TaskSector, TaskStatus } from './enums';

const atMost = (n: number, what: string) => ({ message: `${what} may have at most ${n} characters.` });

@InputType({
  description:
    'A new task. All six clears are required: assignee, title, unit, due date, expected result, authority.',
})
export class CreateTaskInput {
  @Field()
  @MaxLength(300, atMost(300, 'A title'))
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, atMost(5000, 'A description'))
  description?: string | null;

  @Field(() => ID, { nullable: true })
  committeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The work program this task is an item of.' })
  workProgramId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Makes this a sub-task; its progress rolls up into the parent.',
  })
  parentId?: string | null;

  @Field(() => ID)
  assigneeId: string;

  @Field(() => ID, { description: 'The lead unit.' })
  unitId: string;

  @Field(() => [ID], { nullable: true, description: 'Units that coordinate (share the responsibility).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'List at most 20 coordinating units.' })
  coordinatingUnitIds?: string[] | null;

  @Field(() => DateScalar)
  dueDate: string;

  @Field()
  @MaxLength(2000, atMost(2000, 'The expected result'))
  expectedResult: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, atMost(300, 'The authority'))
  authority?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, atMost(300, 'The source document'))
  sourceDocument?: string | null;

  @Field(() => TaskPriority, { nullable: true })
  priority?: TaskPriorityName | null;

  @Field(() => TaskSector, { nullable: true, description: 'The field of a work-program item.' })
  sector?: TaskSectorName | null;
}

@InputType({ description: 'Changes to a task; absent fields stay as they are.' })
export class UpdateTaskInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, atMost(300, 'A title'))
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, atMost(5000, 'A description'))
  description?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'List at most 20 coordinating units.' })
  coordinatingUnitIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, atMost(2000, 'The expected result'))
  expectedResult?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, atMost(300, 'The authority'))
  authority?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, atMost(300, 'The source document'))
  sourceDocument?: string | null;

  @Field(() => TaskPriority, { nullable: true })
  priority?: TaskPriorityName | null;

  @Field(() => TaskSector, { nullable: true, description: 'The field of a work-program item.' })
  sector?: TaskSectorName | null;
}

@InputType()
export class TaskFilter {
  @Field(() => TaskStatus, { nullable: true })
  status?: TaskStatusName | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With unitId: also the tasks of the units below it.' })
  includeSubunits?: boolean | null;

  @Field(() => ID, { nullable: true })
  committeeId?: string | null;

  @Field(() => ID, { nullable: true })
  workProgramId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The sub-tasks of this task.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only top-level tasks (program items).' })
  topLevelOnly?: boolean | null;

  @Field(() => TaskPriority, { nullable: true })
  priority?: TaskPriorityName | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or after this day.' })
  dueFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or before this day.' })
  dueTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Open tasks due from today to the end of this week (Sunday).',
  })
  dueThisWeek?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Open tasks due from today to today + N days.' })
  @IsOptional()
  @Min(0, { message: 'dueWithinDays is 0 or more.' })
  @Max(366, { message: 'dueWithinDays is at most 366.' })
  dueWithinDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Words in the title.' })
  @IsOptional()
  @MaxLength(200, atMost(200, 'A search'))
  search?: string | null;
}
