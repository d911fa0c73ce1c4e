import { DomainError, unauthenticated, type RequestContext } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { AccountRecord } from '../entities/account.entity';
import { UnitRecord } from '../entities/unit.entity';
import { verifyPassword } from '../domain/passwords';
import { SIGN_IN_LIMITS, limitKey } from '../domain/sign-in-throttle';
import { pathIds } from '../domain/unit-tree';
import { hasInvisibleCharacters, normaliseUsername } from '../domain/usernames';
import { tokens, tokenTtlSeconds } from '../tokens';
import { toAccount } from './mappers';
import { claimAttempt, forgetAttempts, restartWindowIfSpent } from './sign-in-limits';

/** What an account's token is signed for, read fresh from the tree at each sign-in. */
export async function scopeOf(manager: EntityManager, account: AccountRecord) {
  if (account.scopeUnitId === null) return { scopeUnitId: null, scopeUnitPath: [] as string[] };
  const unit = await manager.getRepository(UnitRecord).findOneBy({ id: account.scopeUnitId });
  return { scopeUnitId: String(account.scopeUnitId), scopeUnitPath: unit ? pathIds(unit.path) : ['none'] };
}

const rateLimited = (retryAfterSeconds: number) => {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError(
    'RATE_LIMITED',
    `Too many sign-in attempts. Wait ${minutes} minute(s) and try again.`,
    {
      messageKey: 'errors.rateLimited',
      params: { minutes },
      retryAfterSeconds,
      http: { status: 200 },
    },
  );
};

/**
 * Checks a username and password. Every limit is claimed before the password is checked, and an
 * unknown username is claimed, checked (against a decoy hash) and refused exactly like a real one.
 */
export async function authenticate(ctx: RequestContext, rawUsername: string, password: string) {
  const username = normaliseUsername(rawUsername);
  const address = ctx.clientAddress ?? 'unknown';
  const keys = SIGN_IN_LIMITS.map((limit) => ({ limit, key: limitKey(limit, username, address) }));
  for (const { limit, key } of keys) {
    const claim = await claimAttempt(ctx.dataSource, key, limit);
    if (!claim.ok) throw rateLimited(claim.retryAfterSeconds);
  }
  const found = await ctx.dataSource.getRepository(AccountRecord).findOneBy({ username });
  // The collation may call "ádmin" equal to "admin"; only the exact normalised spelling counts.
  const exact = found && found.username === username && !hasInvisibleCharacters(rawUsername);
  const account = exact && found.active ? found : null;
  const ok = await verifyPassword(account?.passwordHash, password);
  if (!account || !ok) {
    await restartWindowIfSpent(ctx.dataSource, keys[0].key, keys[0].limit);
    throw unauthenticated('Wrong username or password.', 'errors.wrongCredentials');
  }
  await forgetAttempts(ctx.dataSource, [keys[0].key, keys[1].key], keys[2].key);
  return account;
}

/** A short access token for the account, with roles and scope read now; never past `notAfter`. */
export async function issueToken(manager: EntityManager, account: AccountRecord, notAfter?: Date) {
  const scope = await scopeOf(manager, account);
  const left = notAfter ? Math.floor((notAfter.getTime() - Date.now()) / 1000) : Infinity;
  const ttl = Math.min(tokenTtlSeconds(), left);
  const token = await tokens().sign(
    {
      accountId: String(account.id),
      username: account.username,
      personId: account.personId === null ? null : String(account.personId),
      roles: account.roles,
      ...scope,
    },
    ttl,
  );
  return { token, account: toAccount(account), expiresAt: new Date(Date.now() + ttl * 1000).toISOString() };
}

/** Signs in without a session (scripts, tests): the token is not renewed; sign in again. */
export async function signIn(ctx: RequestContext, rawUsername: string, password: string) {
  const account = await authenticate(ctx, rawUsername, password);
  return issueToken(ctx.dataSource.manager, account);
}
