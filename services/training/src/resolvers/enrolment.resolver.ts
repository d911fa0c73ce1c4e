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
  identityOf,
  isWithinScope,
  paginate,
  requireUnit,
  scopePrefix,
  assertWithinScope,
  encodeUnitPath,
  type RequestContext,
  PersonRef,
  UnitRef,
  personRef,
  unitRef,
} from '@dx/subgraph-kit';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import type { EnrolmentStatusName } from '../domain/enrolment-status';
import { Course, CourseSession, Enrolment, EnrolmentConnection, EnrolmentStatus } from '../schema/types';
import { courseLoader, sessionLoader, waitlistPosition } from '../store/loaders';
import { toEnrolment } from '../store/mappers';
import { cancelEnrolment, enrolMembers, enrolPerson } from '../store/enrolments';
import { completeEnrolment, recordAttendance } from '../store/attendance';
import { unitMembers } from '../store/unit-members';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Authorized()
  @Query(() => EnrolmentConnection, {
    description: "Enrolments of people in the caller's scope, oldest first (the waitlist order).",
  })
  async enrolments(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID, { nullable: true }) sessionId?: string,
    @Arg('personId', () => ID, { nullable: true }) personId?: string,
    @Arg('status', () => EnrolmentStatus, { nullable: true }) status?: EnrolmentStatusName,
  ) {
    const query = ctx.dataSource.getRepository(EnrolmentRecord).createQueryBuilder('e');
    const prefix = scopePrefix(identityOf(ctx));
    if (prefix) query.andWhere('e.unitPath LIKE :prefix', { prefix: `${prefix}%` });
    if (sessionId) query.andWhere('e.sessionId = :sessionId', { sessionId: Number(sessionId) });
    if (personId) query.andWhere('e.personId = :personId', { personId: Number(personId) });
    if (status) query.andWhere('e.status = :status', { status });
    const connection = await paginate(query, page, [{ column: 'e.id', property: 'id', direction: 'ASC' }]);
    return { ...connection, nodes: connection.nodes.map(toEnrolment) };
  }

  @Authorized()
  @Query(() => Enrolment, { nullable: true, description: "An enrolment of a person in the caller's scope." })
  async enrolment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const found = await ctx.dataSource.getRepository(EnrolmentRecord).findOneBy({ id: Number(id) });
    return found && isWithinScope(identityOf(ctx), found.unitPath) ? toEnrolment(found) : null;
  }

  @FieldResolver(() => CourseSession)
  async session(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext) {
    return sessionLoader(ctx).load(enrolment.sessionId);
  }

  @FieldResolver(() => Course)
  async course(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext) {
    const session = await sessionLoader(ctx).load(enrolment.sessionId);
    return session ? courseLoader(ctx).load(session.courseId) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  person(@Root() enrolment: Enrolment) {
    return personRef(enrolment.personId);
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: "The person's unit when they were enrolled." })
  unit(@Root() enrolment: Enrolment) {
    return unitRef(enrolment.unitId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Place on the waitlist, 1 = next to get a seat; empty unless WAITLISTED.',
  })
  waitlistPosition(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext) {
    return waitlistPosition(ctx, enrolment);
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => Enrolment, {
    description: 'ENROLLED while seats remain, else WAITLISTED; the same person twice is a CONFLICT.',
  })
  async enrol(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return toEnrolment(await enrolPerson(ctx, sessionId, personId));
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => [Enrolment], {
    description:
      'Enrols everyone of a unit and its sub-units; people already in the session are skipped. Returns the new enrolments, the waitlisted ones with status WAITLISTED.',
  })
  async enrolUnit(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await requireUnit(ctx, unitId, 'unitId');
    assertWithinScope(identityOf(ctx), encodeUnitPath(unit.path), 'units');
    const members = await unitMembers(ctx, unit.id);
    return (await enrolMembers(ctx, sessionId, unit.id, members)).map(toEnrolment);
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => Enrolment, { description: 'Frees the seat for the first person on the waitlist.' })
  async cancelEnrolment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return toEnrolment(await cancelEnrolment(ctx, id));
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => Enrolment, {
    description:
      'Marks the person present (ATTENDED) or absent (NO_SHOW); SESSION_NOT_STARTED before the session starts.',
  })
  async recordAttendance(
    @Arg('id', () => ID) id: string,
    @Arg('attended') attended: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return toEnrolment(await recordAttendance(ctx, id, attended));
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => Enrolment, {
    description: 'Completes an attended enrolment and issues its unique certificate number.',
  })
  async completeEnrolment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return toEnrolment(await completeEnrolment(ctx, id));
  }
}
