import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { unauthenticated, type RequestContext } from '@dx/subgraph-kit';
import { IsNull, type EntityManager } from 'typeorm';
import { AccountRecord } from '../entities/account.entity';
import { SessionRecord } from '../entities/session.entity';
import { sessionTtlSeconds } from '../tokens';
import { authenticate, issueToken } from './sign-in';

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

const sessionEnded = () =>
  unauthenticated(
    'This session has ended (signed out, password changed, account deactivated or expired). Sign in again.',
    'errors.sessionEnded',
  );

/** "<id>.<secret>": the id finds the row, the secret must match its hash. */
function parseRenewal(renewal: string): { id: number; secret: string } | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(renewal);
  return match ? { id: Number(match[1]), secret: match[2] } : null;
}

function secretMatches(session: SessionRecord, secret: string): boolean {
  const expected = Buffer.from(session.secretHash, 'hex');
  const given = Buffer.from(hashOf(secret), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

async function findSession(manager: EntityManager, renewal: string): Promise<SessionRecord | null> {
  const parsed = parseRenewal(renewal);
  if (!parsed) return null;
  const session = await manager.getRepository(SessionRecord).findOneBy({ id: parsed.id });
  return session && secretMatches(session, parsed.secret) ? session : null;
}

/** Signs in and opens a session; `renewal` goes only into the gateway's httpOnly cookie. */
export async function openSession(ctx: RequestContext, username: string, password: string) {
  const account = await authenticate(ctx, username, password);
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionTtlSeconds() * 1000);
  const sessions = ctx.dataSource.getRepository(SessionRecord);
  const saved = await sessions.save(
    sessions.create({ accountId: account.id, secretHash: hashOf(secret), expiresAt, endedAt: null }),
  );
  const issued = await issueToken(ctx.dataSource.manager, account, expiresAt);
  return { ...issued, renewal: `${saved.id}.${secret}`, renewalExpiresAt: expiresAt.toISOString() };
}

/** A fresh access token (roles and scope read again) while the session lives and the account is active. */
export async function renewSession(ctx: RequestContext, renewal: string) {
  const manager = ctx.dataSource.manager;
  const session = await findSession(manager, renewal);
  if (!session || session.endedAt || session.expiresAt.getTime() <= Date.now()) throw sessionEnded();
  const account = await manager.getRepository(AccountRecord).findOneBy({ id: session.accountId });
  if (!account?.active) throw sessionEnded();
  const issued = await issueToken(manager, account, session.expiresAt);
  return { ...issued, renewal: null, renewalExpiresAt: session.expiresAt.toISOString() };
}

/** Sign-out: the session renews nothing more. Unknown or already ended: nothing to do. */
export async function endSession(ctx: RequestContext, renewal: string): Promise<boolean> {
  const session = await findSession(ctx.dataSource.manager, renewal);
  if (!session || session.endedAt) return false;
  await ctx.dataSource.getRepository(SessionRecord).update({ id: session.id }, { endedAt: new Date() });
  return true;
}

/** Password changed or account deactivated: every session of the account ends (its tokens lapse within minutes). */
export async function endAccountSessions(manager: EntityManager, accountId: number): Promise<number> {
  const result = await manager
    .getRepository(SessionRecord)
    .update({ accountId, endedAt: IsNull() }, { endedAt: new Date() });
  return result.affected ?? 0;
}
