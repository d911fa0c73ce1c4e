import type { EntityManager } from 'typeorm';
import { conflict, forUpdate, notFound, writeAudit, type RequestContext } from '@dx/subgraph-kit';
import { enrolmentClosedProblem } from '../domain/session-status';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { SessionRecord } from '../entities/session.entity';
import { seatOffered } from './events';

/**
 * Every change to a session's seats starts here: the session row is locked first (MariaDB), so
 * enrolments, cancellations and promotions of one session queue behind each other and always
 * lock in the same order (session, then enrolments) — no deadlocks, no overselling.
 */
export async function lockSession(
  manager: EntityManager,
  sessionId: string | number,
): Promise<SessionRecord> {
  const query = manager
    .getRepository(SessionRecord)
    .createQueryBuilder('s')
    .where('s.id = :id', { id: Number(sessionId) });
  const session = await forUpdate(query).getOne();
  if (!session) throw notFound('Session', String(sessionId));
  return session;
}

/** The session, locked, refusing with CONFLICT when it no longer takes anybody (cancelled). */
export async function lockOpenSession(
  manager: EntityManager,
  sessionId: string | number,
): Promise<SessionRecord> {
  const session = await lockSession(manager, sessionId);
  const problem = enrolmentClosedProblem(session);
  if (problem) throw conflict(problem, 'errors.sessionCancelled');
  return session;
}

/** The rank a newcomer to the waitlist gets: behind everyone, including those ranked by hand. Call under the session lock. */
export async function nextWaitRank(manager: EntityManager, sessionId: number): Promise<number> {
  const row = await manager
    .getRepository(EnrolmentRecord)
    .createQueryBuilder('e')
    .select('MAX(e.waitRank)', 'top')
    .where('e.sessionId = :sessionId', { sessionId })
    .getRawOne<{ top: number | string | null }>();
  return Number(row?.top ?? 0) + 1;
}

/** Takes `count` seats only if they are free; the WHERE makes it safe even without the lock. */
export async function takeSeats(manager: EntityManager, sessionId: number, count: number): Promise<boolean> {
  if (count === 0) return true;
  const result = await manager
    .createQueryBuilder()
    .update(SessionRecord)
    .set({ seatsTaken: () => `seatsTaken + ${count}` })
    .where('id = :sessionId AND seatsTaken + :count <= capacity', { sessionId, count })
    .execute();
  return !!result.affected;
}

export async function releaseSeat(manager: EntityManager, sessionId: number): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(SessionRecord)
    .set({ seatsTaken: () => 'seatsTaken - 1' })
    .where('id = :sessionId AND seatsTaken > 0', { sessionId })
    .execute();
}

/** Gives a freed seat to the first person in line (rank, then id); null when nobody waits. */
export async function promoteFirstWaiting(
  manager: EntityManager,
  ctx: RequestContext,
  sessionId: number,
): Promise<EnrolmentRecord | null> {
  const query = manager
    .getRepository(EnrolmentRecord)
    .createQueryBuilder('e')
    .where('e.sessionId = :sessionId AND e.status = :status', { sessionId, status: 'WAITLISTED' })
    .orderBy('e.waitRank', 'ASC')
    .addOrderBy('e.id', 'ASC')
    .limit(1);
  const first = await forUpdate(query).getOne();
  if (!first) return null;
  const session = await manager.getRepository(SessionRecord).findOneByOrFail({ id: sessionId });
  await manager.update(EnrolmentRecord, { id: first.id }, { status: 'ENROLLED', version: first.version + 1 });
  const after = { ...first, status: 'ENROLLED' as const, version: first.version + 1 };
  await writeAudit(manager, ctx, {
    action: 'promoteFromWaitlist',
    entityType: 'Enrolment',
    entityId: first.id,
    before: first,
    after,
  });
  const promoted = await manager.getRepository(EnrolmentRecord).findOneByOrFail({ id: first.id });
  await seatOffered(manager, session, promoted);
  return promoted;
}
