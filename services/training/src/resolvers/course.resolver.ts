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
  conflict,
  identityOf,
  notFound,
  paginate,
  rethrowUniqueViolation,
  updateAtVersion,
  writeAudit,
  type RequestContext,
  UnitRef,
  unitRef,
  clean,
} from '@dx/subgraph-kit';
import { CourseRecord, type CourseModeName } from '../entities/course.entity';
import { CreateCourseInput, UpdateCourseInput } from '../schema/inputs';
import { Course, CourseConnection, CourseMode, CourseSession } from '../schema/types';
import { toCourse } from '../store/mappers';
import { courseLoader, sessionsOfCourseLoader } from '../store/loaders';
import { resolveOrganiser } from '../store/organiser';

@Resolver(() => Course)
export class CourseResolver {
  @Authorized()
  @Query(() => CourseConnection, {
    description: 'The course catalogue, by code; search matches code, title and audience.',
  })
  async courses(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('mode', () => CourseMode, { nullable: true }) mode?: CourseModeName,
  ) {
    const query = ctx.dataSource.getRepository(CourseRecord).createQueryBuilder('c');
    const text = search?.trim();
    if (text) query.andWhere('(c.code LIKE :q OR c.title LIKE :q OR c.audience LIKE :q)', { q: `%${text}%` });
    if (mode) query.andWhere('c.mode = :mode', { mode });
    const connection = await paginate(query, page, [
      { column: 'c.code', property: 'code', direction: 'ASC' },
      { column: 'c.id', property: 'id', direction: 'ASC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toCourse) };
  }

  @Authorized()
  @Query(() => Course, { nullable: true })
  course(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return courseLoader(ctx).load(id);
  }

  @FieldResolver(() => [CourseSession], { description: 'Sessions of this course, earliest first.' })
  async sessions(@Root() course: Course, @Ctx() ctx: RequestContext) {
    return (await sessionsOfCourseLoader(ctx).load(course.id)) ?? [];
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The organising unit.' })
  unit(@Root() course: Course) {
    return course.unitId ? unitRef(course.unitId) : null;
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => Course)
  async createCourse(@Arg('input') input: CreateCourseInput, @Ctx() ctx: RequestContext) {
    const code = input.code.trim().toUpperCase();
    const title = input.title.trim();
    if (!title) throw badInput('The course title is required.', 'title');
    const organiser = await resolveOrganiser(ctx, input.unitId);
    const duplicate = `A course with code "${code}" already exists; choose another code.`;
    return ctx.dataSource
      .transaction(async (manager) => {
        const courses = manager.getRepository(CourseRecord);
        if (await courses.existsBy({ code })) throw conflict(duplicate);
        const saved = await courses.save(
          courses.create({
            code,
            title,
            description: clean(input.description),
            audience: clean(input.audience),
            mode: input.mode ?? 'IN_PERSON',
            ...organiser,
          }),
        );
        await writeAudit(manager, ctx, {
          action: 'createCourse',
          entityType: 'Course',
          entityId: saved.id,
          after: saved,
        });
        return toCourse(saved);
      })
      .catch(rethrowUniqueViolation(duplicate));
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => Course, {
    description: 'Edits a course; refused with CONFLICT if it changed since `version`.',
  })
  async updateCourse(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateCourseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.dataSource.transaction(async (manager) => {
      const courses = manager.getRepository(CourseRecord);
      const before = await courses.findOneBy({ id: Number(id) });
      if (!before) throw notFound('Course', id);
      assertWithinScope(identityOf(ctx), before.unitPath, 'courses');
      const changes: Partial<CourseRecord> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.description !== undefined) changes.description = clean(input.description);
      if (input.audience !== undefined) changes.audience = clean(input.audience);
      if (input.mode) changes.mode = input.mode;
      await updateAtVersion(manager, CourseRecord, before.id, version, changes, 'This course');
      const after = await courses.findOneByOrFail({ id: before.id });
      await writeAudit(manager, ctx, {
        action: 'updateCourse',
        entityType: 'Course',
        entityId: id,
        before,
        after,
      });
      return toCourse(after);
    });
  }
}
