import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  assertWithinScope,
  badInput,
  identityOf,
  notFound,
  paginate,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { CourseRecord } from '../entities/course.entity';
import { SessionRecord } from '../entities/session.entity';
import { ScheduleSessionInput } from '../schema/inputs';
import { Course, CourseSession, CourseSessionConnection } from '../schema/types';
import { courseLoader, sessionLoader, waitlistLoader } from '../store/loaders';
import { toSession } from '../store/mappers';
import { sessionTimeProblem } from '../domain/session-times';
import { SupportPointRef } from '../schema/references';
import { requireSupportPoint } from '../store/support-points';

@Resolver(() => CourseSession)
export class SessionResolver {
  @Authorized()
  @Query(() => CourseSessionConnection, {
    description: 'Sessions by start time, optionally of one course and from a moment on.',
  })
  async sessions(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('courseId', () => ID, { nullable: true }) courseId?: string,
    @Arg('from', () => Date, {
      nullable: true,
      description: 'Only sessions that end at or after this moment.',
    })
    from?: Date,
  ) {
    const query = ctx.dataSource.getRepository(SessionRecord).createQueryBuilder('s');
    if (courseId) query.andWhere('s.courseId = :courseId', { courseId: Number(courseId) });
    if (from) query.andWhere('s.endsAt >= :from', { from });
    const connection = await paginate(query, page, [
      { column: 's.startsAt', property: 'startsAt', direction: 'ASC' },
      { column: 's.id', property: 'id', direction: 'ASC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toSession) };
  }

  @Authorized()
  @Query(() => CourseSession, { nullable: true })
  session(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return sessionLoader(ctx).load(id);
  }

  @FieldResolver(() => SupportPointRef, {
    nullable: true,
    description: "The campaign's support point the session is held at, if any.",
  })
  supportPoint(@Root() session: CourseSession): SupportPointRef | null {
    return session.supportPointId ? { id: session.supportPointId } : null;
  }

  @FieldResolver(() => Course)
  async course(@Root() session: CourseSession, @Ctx() ctx: RequestContext) {
    return courseLoader(ctx).load(session.courseId);
  }

  @FieldResolver(() => Int, { description: 'People waiting for a seat.' })
  async waitlistLength(@Root() session: CourseSession, @Ctx() ctx: RequestContext) {
    return ((await waitlistLoader(ctx).load(session.id)) ?? []).length;
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => CourseSession)
  async scheduleSession(@Arg('input') input: ScheduleSessionInput, @Ctx() ctx: RequestContext) {
    const problem = sessionTimeProblem(input.startsAt, input.endsAt);
    if (problem) throw badInput(problem, 'endsAt');
    const location = input.location.trim();
    if (!location) throw badInput('The location is required.', 'location');
    const supportPointId = input.supportPointId ? await requireSupportPoint(ctx, input.supportPointId) : null;
    return ctx.dataSource.transaction(async (manager) => {
      const course = await manager.getRepository(CourseRecord).findOneBy({ id: Number(input.courseId) });
      if (!course) throw notFound('Course', input.courseId);
      assertWithinScope(identityOf(ctx), course.unitPath, 'courses');
      const sessions = manager.getRepository(SessionRecord);
      const saved = await sessions.save(
        sessions.create({
          courseId: course.id,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          location,
          capacity: input.capacity,
          trainer: input.trainer?.trim() || null,
          supportPointId,
          unitPath: course.unitPath,
        }),
      );
      await writeAudit(manager, ctx, {
        action: 'scheduleSession',
        entityType: 'CourseSession',
        entityId: saved.id,
        after: saved,
      });
      return toSession(saved);
    });
  }
}
