import { In } from 'typeorm';
import {
  forUpdate,
  assertWithinScope,
  conflict,
  encodeUnitPath,
  identityOf,
  isUniqueViolation,
  requirePerson,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { allocateSeats, decideSeat } from '../domain/seats';
import { cancellationProblem, holdsSeat } from '../domain/enrolment-status';
import { enrolmentInScope, transition } from './enrolment-records';
import {
  lockOpenSession,
  lockSession,
  nextWaitRank,
  promoteFirstWaiting,
  releaseSeat,
  takeSeats,
} from './seat-ledger';
import type { UnitMember } from './unit-members';

const ALREADY_ENROLLED = 'This person is already enrolled in this session (or on its waitlist).';

/** One person into one session: a seat while seats remain, otherwise the end of the waitlist. */
export async function enrolPerson(
  ctx: RequestContext,
  sessionId: string,
  personId: string,
): Promise<EnrolmentRecord> {
  const person = await requirePerson(ctx, personId, 'personId');
  const unitPath = encodeUnitPath(person.unit.path);
  assertWithinScope(identityOf(ctx), unitPath, 'people');
  return ctx.dataSource.transaction(async (manager) => {
    const session = await lockOpenSession(manager, sessionId);
    const enrolments = manager.getRepository(EnrolmentRecord);
    if (await enrolments.existsBy({ sessionId: session.id, personId: Number(person.id) }))
      throw conflict(ALREADY_ENROLLED);
    const wanted = decideSeat(session);
    const status =
      wanted === 'ENROLLED' && (await takeSeats(manager, session.id, 1)) ? 'ENROLLED' : 'WAITLISTED';
    const saved = await enrolments
      .save(
        enrolments.create({
          sessionId: session.id,
          courseId: session.courseId,
          personId: Number(person.id),
          unitId: Number(person.unit.id),
          unitPath,
          status,
          waitRank: status === 'WAITLISTED' ? await nextWaitRank(manager, session.id) : 0,
        }),
      )
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? conflict(ALREADY_ENROLLED) : error;
      });
    await writeAudit(manager, ctx, {
      action: 'enrol',
      entityType: 'Enrolment',
      entityId: saved.id,
      after: saved,
    });
    return saved;
  });
}

const CHUNK = 500;
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Everyone of a unit (and below) into a session in one transaction: people already in the session
 * are skipped, the first ones take the free seats and the rest are waitlisted, in the order given.
 */
export async function enrolMembers(
  ctx: RequestContext,
  sessionId: string,
  unitId: string,
  members: UnitMember[],
): Promise<EnrolmentRecord[]> {
  return ctx.dataSource.transaction(async (manager) => {
    const session = await lockOpenSession(manager, sessionId);
    const enrolments = manager.getRepository(EnrolmentRecord);
    const present = await enrolments.find({ select: { personId: true }, where: { sessionId: session.id } });
    const already = new Set(present.map((e) => String(e.personId)));
    const newcomers = members.filter((m) => !already.has(m.id));
    const { enrolled, waitlisted } = allocateSeats(session, newcomers);
    if (!(await takeSeats(manager, session.id, enrolled.length)))
      throw conflict('The seats changed while enrolling; try again.');
    const firstRank = waitlisted.length ? await nextWaitRank(manager, session.id) : 0;
    const row = (m: UnitMember, status: 'ENROLLED' | 'WAITLISTED', waitRank = 0) => ({
      sessionId: session.id,
      courseId: session.courseId,
      personId: Number(m.id),
      unitId: Number(m.unitId),
      unitPath: m.unitPathKey,
      status,
      waitRank,
    });
    const rows = [
      ...enrolled.map((m) => row(m, 'ENROLLED')),
      ...waitlisted.map((m, i) => row(m, 'WAITLISTED', firstRank + i)),
    ];
    for (const chunk of chunks(rows)) await enrolments.insert(chunk);
    const created: EnrolmentRecord[] = [];
    for (const chunk of chunks(rows)) {
      created.push(
        ...(await enrolments.find({
          where: { sessionId: session.id, personId: In(chunk.map((r) => r.personId)) },
        })),
      );
    }
    created.sort((a, b) => a.id - b.id);
    await writeAudit(manager, ctx, {
      action: 'enrolUnit',
      entityType: 'CourseSession',
      entityId: session.id,
      after: {
        unitId,
        skipped: members.length - newcomers.length,
        enrolled: created.filter((e) => e.status === 'ENROLLED').map((e) => e.id),
        waitlisted: created.filter((e) => e.status === 'WAITLISTED').map((e) => e.id),
      },
    });
    return created;
  });
}

/** Frees the seat; the first person waiting gets it (exactly one), else the seat is free again. */
export async function cancelEnrolment(ctx: RequestContext, id: string): Promise<EnrolmentRecord> {
  return ctx.dataSource.transaction(async (manager) => {
    const found = await enrolmentInScope(manager, ctx, id);
    await lockSession(manager, found.sessionId);
    // A locking read: the row as it is now, not as this transaction's snapshot saw it before the lock.
    const latest = manager
      .getRepository(EnrolmentRecord)
      .createQueryBuilder('e')
      .where('e.id = :id', { id: found.id });
    const before = await forUpdate(latest).getOneOrFail();
    const problem = cancellationProblem(before.status);
    if (problem) throw conflict(problem);
    const after = await transition(manager, before, { status: 'CANCELLED' });
    if (holdsSeat(before.status)) {
      const promoted = await promoteFirstWaiting(manager, ctx, before.sessionId);
      if (!promoted) await releaseSeat(manager, before.sessionId);
    }
    await writeAudit(manager, ctx, {
      action: 'cancelEnrolment',
      entityType: 'Enrolment',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
