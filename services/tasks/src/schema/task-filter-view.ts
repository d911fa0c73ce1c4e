import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { TaskPriorityName, TaskStatusName } from '../domain/task-rules';
import { TaskPriority, TaskStatus } from './enums';

/** A saved TaskFilter as the client reads it back (the same fields, to pass to `tasks(filter:)`). */
@ObjectType()
export class TaskFilterView {
  @Field(() => TaskStatus, { nullable: true })
  status?: TaskStatusName | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true })
  includeSubunits?: boolean | null;

  @Field(() => ID, { nullable: true })
  committeeId?: string | null;

  @Field(() => ID, { nullable: true })
  workProgramId?: string | null;

  @Field(() => TaskPriority, { nullable: true })
  priority?: TaskPriorityName | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  dueThisWeek?: boolean | null;

  @Field(() => Int, { nullable: true })
  dueWithinDays?: number | null;

  @Field(() => String, { nullable: true })
  search?: string | null;
}
