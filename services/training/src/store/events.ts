import { In, type EntityManager } from 'typeorm';
import { writeEvent } from '@dx/subgraph-kit';
import { CourseRecord } from '../entities/course.entity';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import type { SessionRecord } from '../entities/session.entity';

/** What a message about a session needs, since the notifications service cannot read this database. */
async function sessionFacts(manager: EntityManager, session: SessionRecord) {
  const course = await manager.getRepository(CourseRecord).findOneBy({ id: session.courseId });
  return {
    sessionId: String(session.id),
    courseTitle: course?.title ?? '',
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    location: session.location,
    unitPath: session.unitPath,
  };
}

/**
 * SESSION_CHANGED to everyone with a seat or a place in line, in the transaction of the change.
 * `personIds` given: those people (a cancellation tells the ones it just cancelled).
 */
export async function sessionChanged(
  manager: EntityManager,
  session: SessionRecord,
  change: { kind: 'RESCHEDULED' | 'CANCELLED'; reason?: string; previousStartsAt?: Date },
  personIds?: number[],
): Promise<void> {
  const recipients =
    personIds ??
    (
      await manager.getRepository(EnrolmentRecord).find({
        select: { personId: true },
        where: { sessionId: session.id, status: In(['ENROLLED', 'WAITLISTED']) },
      })
    ).map((e) => e.personId);
  if (recipients.length === 0) return;
  await writeEvent(manager, {
    type: 'SESSION_CHANGED',
    payload: {
      ...(await sessionFacts(manager, session)),
      change: change.kind,
      reason: change.reason ?? null,
      previousStartsAt: change.previousStartsAt?.toISOString() ?? null,
      personIds: [...new Set(recipients)].map(String),
    },
  });
}

/** SEAT_OFFERED to the first in line when a seat is freed for them. */
export async function seatOffered(
  manager: EntityManager,
  session: SessionRecord,
  enrolment: EnrolmentRecord,
): Promise<void> {
  await writeEvent(manager, {
    type: 'SEAT_OFFERED',
    payload: {
      ...(await sessionFacts(manager, session)),
      enrolmentId: String(enrolment.id),
      personIds: [String(enrolment.personId)],
    },
    dedupeKey: `seat-offered:${enrolment.id}:${enrolment.version}`,
  });
}
