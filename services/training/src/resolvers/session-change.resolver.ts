import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { assertWithinScope, identityOf, type RequestContext } from '@dx/subgraph-kit';
import type { SessionRecord } from '../entities/session.entity';
import { CourseSession, Enrolment } from '../schema/types';
import { toEnrolment, toSession } from '../store/mappers';
import { cancelSession, rescheduleSession } from '../store/session-changes';
import { completeAttended, recordSessionAttendance } from '../store/attendance';

const inScope = (ctx: RequestContext) => (session: SessionRecord) =>
  assertWithinScope(identityOf(ctx), session.unitPath, 'sessions');

/** Changes to a whole session: its time and place, its cancellation, its attendance sheet. */
@Resolver(() => CourseSession)
export class SessionChangeResolver {
  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => CourseSession, {
    description:
      'Moves a session that has not taken place; the people enrolled keep their places and are told.',
  })
  async rescheduleSession(
    @Arg('id', () => ID) id: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('endsAt', () => Date) endsAt: Date,
    @Ctx() ctx: RequestContext,
    @Arg('location', () => String, { nullable: true }) location?: string | null,
    @Arg('version', () => Int, { nullable: true, description: 'The version you edited; stale -> CONFLICT.' })
    version?: number | null,
  ) {
    return toSession(await rescheduleSession(ctx, id, { startsAt, endsAt, location, version }));
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => CourseSession, {
    description:
      'Cancels a session that has not taken place, with the reason; its enrolments become CANCELLED and people are told.',
  })
  async cancelSession(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ) {
    return toSession(await cancelSession(ctx, id, reason, version));
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => [Enrolment], {
    description:
      'The attendance sheet: everyone with a seat was present (ATTENDED) except those listed (NO_SHOW). SESSION_NOT_STARTED before the start.',
  })
  async recordSessionAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('absentEnrolmentIds', () => [ID]) absentEnrolmentIds: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return (await recordSessionAttendance(ctx, sessionId, absentEnrolmentIds, inScope(ctx))).map(toEnrolment);
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => [Enrolment], {
    description: 'Completes everyone marked present and issues their certificate numbers.',
  })
  async completeAttended(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext) {
    return (await completeAttended(ctx, sessionId, inScope(ctx))).map(toEnrolment);
  }
}
