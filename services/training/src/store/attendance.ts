import { In, type EntityManager } from 'typeorm';
import {
  DomainError,
  badInput,
  conflict,
  isUniqueViolation,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { CourseRecord } from '../entities/course.entity';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { SessionRecord } from '../entities/session.entity';
import { attendanceProblem, completionProblem } from '../domain/enrolment-status';
import { certificateNumber } from '../domain/certificate';
import { now } from '../domain/clock';
import { notStartedProblem } from '../domain/session-status';
import { enrolmentInScope, transition } from './enrolment-records';
import { lockSession } from './seat-ledger';

/** Attendance is a fact about a session that has begun: SESSION_NOT_STARTED before its start. */
function assertStarted(session: SessionRecord, at: Date): void {
  const problem = notStartedProblem(session, at);
  if (problem)
    throw new DomainError('SESSION_NOT_STARTED', problem, { startsAt: session.startsAt.toISOString() });
}

async function sessionOf(manager: EntityManager, enrolment: EnrolmentRecord): Promise<SessionRecord> {
  return manager.getRepository(SessionRecord).findOneByOrFail({ id: enrolment.sessionId });
}

export async function recordAttendance(
  ctx: RequestContext,
  id: string,
  attended: boolean,
): Promise<EnrolmentRecord> {
  return ctx.dataSource.transaction(async (manager) => {
    const before = await enrolmentInScope(manager, ctx, id);
    const problem = attendanceProblem(before.status);
    if (problem) throw conflict(problem);
    const at = now();
    assertStarted(await sessionOf(manager, before), at);
    const after = await transition(manager, before, {
      status: attended ? 'ATTENDED' : 'NO_SHOW',
      attendanceRecordedAt: at,
    });
    await writeAudit(manager, ctx, {
      action: 'recordAttendance',
      entityType: 'Enrolment',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Issues the number; a collision of 50 random bits is not expected, but the unique index decides and we draw again. */
async function complete(manager: EntityManager, before: EnrolmentRecord, course: CourseRecord, at: Date) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transition(manager, before, {
        status: 'COMPLETED',
        completedAt: at,
        certificateNo: certificateNumber(course.code, at),
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

async function courseOf(manager: EntityManager, courseId: number): Promise<CourseRecord> {
  const course = await manager.getRepository(CourseRecord).findOneBy({ id: courseId });
  if (!course) throw badInput('The course of this enrolment no longer exists.');
  return course;
}

export async function completeEnrolment(ctx: RequestContext, id: string): Promise<EnrolmentRecord> {
  return ctx.dataSource.transaction(async (manager) => {
    const before = await enrolmentInScope(manager, ctx, id);
    const at = now();
    assertStarted(await sessionOf(manager, before), at);
    const problem = completionProblem(before.status);
    if (problem) throw conflict(problem);
    const after = await complete(manager, before, await courseOf(manager, before.courseId), at);
    await writeAudit(manager, ctx, {
      action: 'completeEnrolment',
      entityType: 'Enrolment',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

const SEATED = ['ENROLLED', 'ATTENDED', 'NO_SHOW'] as const;

/**
 * The attendance sheet as coordinators fill it: everyone with a seat was present, except the
 * people named. Two UPDATEs and one audit row, whatever the size of the class.
 */
export async function recordSessionAttendance(
  ctx: RequestContext,
  sessionId: string,
  absentIds: string[],
  scopeCheck: (session: SessionRecord) => void,
): Promise<EnrolmentRecord[]> {
  return ctx.dataSource.transaction(async (manager) => {
    const session = await lockSession(manager, sessionId);
    scopeCheck(session);
    if (session.status === 'CANCELLED')
      throw conflict('This session is cancelled; there is no attendance to take.', 'errors.sessionCancelled');
    const at = now();
    assertStarted(session, at);
    const repo = manager.getRepository(EnrolmentRecord);
    const seated = await repo.find({
      where: { sessionId: session.id, status: In([...SEATED]) },
      order: { id: 'ASC' },
    });
    const seatedIds = new Set(seated.map((e) => e.id));
    const absent = [...new Set(absentIds.map(Number))];
    const stranger = absent.find((id) => !seatedIds.has(id));
    if (stranger !== undefined)
      throw badInput(
        `Enrolment ${stranger} has no seat in this session (waitlisted, cancelled, completed or elsewhere).`,
        'absentEnrolmentIds',
      );
    const present = seated.filter((e) => !absent.includes(e.id)).map((e) => e.id);
    const mark = async (ids: number[], status: 'ATTENDED' | 'NO_SHOW') => {
      if (ids.length === 0) return;
      await manager
        .createQueryBuilder()
        .update(EnrolmentRecord)
        .set({ status, attendanceRecordedAt: at, version: () => 'version + 1' } as never)
        .where('id IN (:...ids) AND status IN (:...seated)', { ids, seated: [...SEATED] })
        .execute();
    };
    await mark(present, 'ATTENDED');
    await mark(absent, 'NO_SHOW');
    await writeAudit(manager, ctx, {
      action: 'recordSessionAttendance',
      entityType: 'CourseSession',
      entityId: session.id,
      before: {
        attended: seated.filter((e) => e.status === 'ATTENDED').map((e) => e.id),
        noShow: seated.filter((e) => e.status === 'NO_SHOW').map((e) => e.id),
      },
      after: { attended: present, noShow: absent },
    });
    return repo.find({ where: { id: In([...seatedIds]) }, order: { id: 'ASC' } });
  });
}

/** Completes everyone marked present and issues each their certificate number. */
export async function completeAttended(
  ctx: RequestContext,
  sessionId: string,
  scopeCheck: (session: SessionRecord) => void,
): Promise<EnrolmentRecord[]> {
  return ctx.dataSource.transaction(async (manager) => {
    const session = await lockSession(manager, sessionId);
    scopeCheck(session);
    const at = now();
    assertStarted(session, at);
    const attended = await manager
      .getRepository(EnrolmentRecord)
      .find({ where: { sessionId: session.id, status: 'ATTENDED' }, order: { id: 'ASC' } });
    if (attended.length === 0)
      throw conflict(
        'Nobody in this session is marked present and not yet completed.',
        'errors.nobodyPresent',
      );
    const course = await courseOf(manager, session.courseId);
    const completed: EnrolmentRecord[] = [];
    for (const before of attended) completed.push(await complete(manager, before, course, at));
    await writeAudit(manager, ctx, {
      action: 'completeAttended',
      entityType: 'CourseSession',
      entityId: session.id,
      after: { completed: completed.map((e) => ({ id: e.id, certificateNo: e.certificateNo })) },
    });
    return completed;
  });
}
