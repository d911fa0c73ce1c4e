import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import {
  identityOf,
  loaderFor,
  groupBy,
  scopePrefix,
  type RequestContext,
  PersonRef,
  UnitRef,
} from '@dx/subgraph-kit';
import { TaskRecord } from '../entities/task.entity';
import type { TaskStatusName } from '../domain/task-rules';
import { TaskStatus } from '../schema/enums';
import { Task } from '../schema/task.types';
import { toTask } from '../store/mappers';

type Owner = 'assigneeId' | 'unitId';

/** All people (or units) of one response in one query: `WHERE assigneeId IN (...)`, within the caller's scope. */
function tasksBy(ctx: RequestContext, owner: Owner, status: TaskStatusName | null | undefined) {
  return loaderFor(ctx, `tasksBy:${owner}:${status ?? 'ALL'}`, async (ids) => {
    const query = ctx.dataSource
      .getRepository(TaskRecord)
      .createQueryBuilder('t')
      .where({ [owner]: In(ids.map(Number)) })
      .orderBy('t.dueDate', 'ASC')
      .addOrderBy('t.id', 'ASC');
    if (status) query.andWhere('t.status = :status', { status });
    const prefix = scopePrefix(identityOf(ctx));
    if (prefix) query.andWhere('t.unitPath LIKE :scope', { scope: `${prefix}%` });
    return groupBy((await query.getMany()).map(toTask), (t) =>
      owner === 'assigneeId' ? t.assigneeId : t.unitId,
    );
  });
}

// Nullable so that when the tasks service is down, a directory query loses only this field.
@Resolver(() => PersonRef)
export class PersonTasksResolver {
  @FieldResolver(() => [Task], {
    nullable: true,
    description: 'Tasks this person is in charge of, by due date (within your scope).',
  })
  async assignedTasks(
    @Root() person: PersonRef,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => TaskStatus, { nullable: true }) status?: TaskStatusName | null,
  ) {
    return (await tasksBy(ctx, 'assigneeId', status).load(person.id)) ?? [];
  }
}

@Resolver(() => UnitRef)
export class UnitTasksResolver {
  @FieldResolver(() => [Task], {
    nullable: true,
    description: 'Tasks this unit leads, by due date (within your scope).',
  })
  async tasks(
    @Root() unit: UnitRef,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => TaskStatus, { nullable: true }) status?: TaskStatusName | null,
  ) {
    return (await tasksBy(ctx, 'unitId', status).load(unit.id)) ?? [];
  }
}
