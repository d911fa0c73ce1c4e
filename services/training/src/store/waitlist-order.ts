import { badInput, conflict, writeAudit, type RequestContext } from '@dx/subgraph-kit';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { reasonProblem } from '../domain/session-status';
import { moveInWaitlist, positionProblem } from '../domain/waitlist';
import { seatsLeft } from '../domain/seats';
import { enrolmentInScope } from './enrolment-records';
import { lockOpenSession, promoteFirstWaiting, takeSeats } from './seat-ledger';

/**
 * The coordinator puts a waiting person at another place in line, with the reason (kept in the
 * audit). Under the session lock, like every seat change, so a cancellation racing with it
 * promotes exactly one person: the first in line before the move or after it, never both.
 */
export async function moveInLine(
  ctx: RequestContext,
  enrolmentId: string,
  position: number,
  reason: string,
): Promise<EnrolmentRecord[]> {
  const why = reason.trim();
  const invalid = reasonProblem(why);
  if (invalid) throw badInput(invalid, 'reason');
  return ctx.dataSource.transaction(async (manager) => {
    const found = await enrolmentInScope(manager, ctx, enrolmentId);
    const session = await lockOpenSession(manager, found.sessionId);
    const repo = manager.getRepository(EnrolmentRecord);
    const waiting = await repo.find({ where: { sessionId: session.id, status: 'WAITLISTED' } });
    const move = moveInWaitlist(waiting, found.id, position);
    if (!move)
      throw conflict(
        'This person is no longer on the waitlist (they got a seat or were cancelled). Reload the list.',
        'errors.notOnWaitlist',
      );
    const outOfRange = positionProblem(position, waiting.length);
    if (outOfRange) throw badInput(outOfRange, 'position');
    const newOrder = move.order.map((w) => w.id);
    for (const [id, waitRank] of move.ranks) await repo.update({ id }, { waitRank });
    await writeAudit(manager, ctx, {
      action: 'moveInWaitlist',
      entityType: 'Enrolment',
      entityId: found.id,
      before: { order: [...waiting].sort((a, b) => a.waitRank - b.waitRank || a.id - b.id).map((w) => w.id) },
      after: { order: newOrder, position, reason: why },
    });
    // A seat may be free with people waiting (capacity raised, a cancellation before ranks existed): the new first takes it.
    if (seatsLeft(session) > 0 && (await takeSeats(manager, session.id, 1))) {
      if (!(await promoteFirstWaiting(manager, ctx, session.id)))
        throw conflict('The waitlist changed; reload it.');
    }
    return repo.find({
      where: { sessionId: session.id, status: 'WAITLISTED' },
      order: { waitRank: 'ASC', id: 'ASC' },
    });
  });
}
