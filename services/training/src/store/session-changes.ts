import { In, type EntityManager } from 'typeorm';
import {
  assertWithinScope,
  badInput,
  conflict,
  identityOf,
  staleVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { SessionRecord } from '../entities/session.entity';
import { now } from '../domain/clock';
import { cancelSessionProblem, reasonProblem, rescheduleProblem } from '../domain/session-status';
import { sessionTimeProblem } from '../domain/session-times';
import { lockSession } from './seat-ledger';
import { sessionChanged } from './events';

const RECORDED = ['ATTENDED', 'NO_SHOW', 'COMPLETED'];
const WAITING_OR_SEATED = ['ENROLLED', 'WAITLISTED'];

async function lockedForChange(
  manager: EntityManager,
  ctx: RequestContext,
  id: string,
  version?: number | null,
) {
  const session = await lockSession(manager, id);
  assertWithinScope(identityOf(ctx), session.unitPath, 'sessions');
  if (version != null && version !== session.version) throw staleVersion('This session');
  const attendanceRecorded = await manager
    .getRepository(EnrolmentRecord)
    .count({ where: { sessionId: session.id, status: In(RECORDED) } });
  return { session, attendanceRecorded };
}

const keyOf = (session: SessionRecord) =>
  session.status === 'CANCELLED' ? 'errors.sessionCancelled' : 'errors.sessionTookPlace';

export interface RescheduleInput {
  startsAt: Date;
  endsAt: Date;
  location?: string | null;
  version?: number | null;
}

/** Moves a session that has not taken place; everyone stays enrolled (and is told). */
export async function rescheduleSession(
  ctx: RequestContext,
  id: string,
  input: RescheduleInput,
): Promise<SessionRecord> {
  const timeProblem = sessionTimeProblem(input.startsAt, input.endsAt);
  if (timeProblem) throw badInput(timeProblem, 'endsAt');
  const location = input.location == null ? null : input.location.trim();
  if (location !== null && !location) throw badInput('The location is required.', 'location');
  if (location && location.length > 255)
    throw badInput('A location may have at most 255 characters.', 'location');
  return ctx.dataSource.transaction(async (manager) => {
    const { session: before, attendanceRecorded } = await lockedForChange(manager, ctx, id, input.version);
    const problem = rescheduleProblem({ ...before, attendanceRecorded });
    if (problem) throw conflict(problem, keyOf(before));
    const changes = { startsAt: input.startsAt, endsAt: input.endsAt, ...(location ? { location } : {}) };
    await manager.update(SessionRecord, { id: before.id }, { ...changes, version: before.version + 1 });
    const after = await manager.findOneByOrFail(SessionRecord, { id: before.id });
    await writeAudit(manager, ctx, {
      action: 'rescheduleSession',
      entityType: 'CourseSession',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Cancels a session that has not taken place: every enrolment and waitlist place becomes
 * CANCELLED and the seats go back to zero in the same transaction, under the session lock, so a
 * concurrent cancelEnrolment finds the enrolment already cancelled and frees nothing a second time.
 */
export async function cancelSession(
  ctx: RequestContext,
  id: string,
  reason: string,
  version?: number | null,
): Promise<SessionRecord> {
  const why = reason.trim();
  const invalid = reasonProblem(why);
  if (invalid) throw badInput(invalid, 'reason');
  return ctx.dataSource.transaction(async (manager) => {
    const { session: before, attendanceRecorded } = await lockedForChange(manager, ctx, id, version);
    const problem = cancelSessionProblem({ ...before, attendanceRecorded });
    if (problem) throw conflict(problem, keyOf(before));
    const affected = await manager.getRepository(EnrolmentRecord).find({
      select: { id: true, status: true },
      where: { sessionId: before.id, status: In(WAITING_OR_SEATED) },
    });
    if (affected.length) {
      await manager
        .createQueryBuilder()
        .update(EnrolmentRecord)
        .set({ status: 'CANCELLED', version: () => 'version + 1' } as never)
        .where('sessionId = :id AND status IN (:...open)', { id: before.id, open: WAITING_OR_SEATED })
        .execute();
    }
    await manager.update(
      SessionRecord,
      { id: before.id },
      {
        status: 'CANCELLED',
        cancelReason: why,
        cancelledAt: now(),
        seatsTaken: 0,
        version: before.version + 1,
      },
    );
    const after = await manager.findOneByOrFail(SessionRecord, { id: before.id });
    await sessionChanged(
      manager,
      after,
      { kind: 'CANCELLED', reason: why },
      affected.map((e) => e.personId),
    );
    await writeAudit(manager, ctx, {
      action: 'cancelSession',
      entityType: 'CourseSession',
      entityId: id,
      before: { ...before, enrolments: affected },
      after: { ...after, reason: why },
    });
    return after;
  });
}
