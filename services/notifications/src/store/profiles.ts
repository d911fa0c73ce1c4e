import {
  encodeUnitPath,
  identityOf,
  isUniqueViolation,
  queryGateway,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { AccountProfile } from '../entities/account-profile.entity';
import { isKind, isLanguage, DEFAULT_LANGUAGE, type Language } from '../domain/kinds';
import type { Preferences } from '../domain/preferences';
import { scopeCovers } from '../domain/routing';

/** The keys a reader's notifications are stored under: their person and their account. */
export function recipientKeys(ctx: RequestContext): string[] {
  const identity = identityOf(ctx);
  return [`a:${identity.accountId}`, ...(identity.personId ? [`p:${identity.personId}`] : [])];
}

const RECHECK_EMAIL_MS = 24 * 3600 * 1000;

async function emailFromDirectory(ctx: RequestContext): Promise<string | null> {
  try {
    const data = await queryGateway<{ me: { person: { email: string | null } | null } | null }>(
      ctx,
      '{ me { person { email } } }',
    );
    return data.me?.person?.email?.trim() || null;
  } catch (error) {
    ctx.log.warn({ err: error }, 'could not read the account address from the directory');
    return null;
  }
}

/**
 * The caller's profile, made or refreshed from their verified token (person, roles, scope) and,
 * at most daily, their address from the directory (asked with their own token). Every resolver of
 * this service calls it, so the bell's first poll is enough for events to find the account.
 */
export async function touchProfile(ctx: RequestContext): Promise<AccountProfile> {
  const identity = identityOf(ctx);
  const repo = ctx.dataSource.getRepository(AccountProfile);
  const id = Number(identity.accountId);
  const seen = {
    personId: identity.personId ? Number(identity.personId) : null,
    username: identity.username,
    roles: [...identity.roles].sort().join(','),
    scopeUnitPath: identity.scopeUnitId ? encodeUnitPath(identity.scopeUnitPath) : '',
  };
  let profile = await repo.findOneBy({ id });
  const emailStale =
    !profile?.emailCheckedAt || Date.now() - new Date(profile.emailCheckedAt).getTime() > RECHECK_EMAIL_MS;
  const email = emailStale ? await emailFromDirectory(ctx) : profile!.email;
  if (!profile) {
    try {
      await repo.insert({ id, ...seen, email, emailCheckedAt: new Date() });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // the same account's concurrent first request made it
    }
    profile = await repo.findOneByOrFail({ id });
  } else if (
    emailStale ||
    profile.personId !== seen.personId ||
    profile.roles !== seen.roles ||
    profile.scopeUnitPath !== seen.scopeUnitPath ||
    profile.username !== seen.username
  ) {
    // Learnt facts, not the account's choices: no version bump, no audit.
    await repo.update({ id }, { ...seen, ...(emailStale ? { email, emailCheckedAt: new Date() } : {}) });
    profile = await repo.findOneByOrFail({ id });
  }
  return profile;
}

export const languageOf = (profile: AccountProfile | null | undefined): Language =>
  profile && isLanguage(profile.language) ? profile.language : DEFAULT_LANGUAGE;

export const preferencesOf = (profile: AccountProfile): Preferences => ({
  inApp: profile.inApp,
  email: profile.byEmail,
  dailyDigest: profile.dailyDigest,
  mutedKinds: profile.mutedKinds.split(',').filter(isKind),
});

/** Profiles of the given people (the lowest account id first: a person's main account). */
export async function profilesOfPeople(
  manager: EntityManager,
  personIds: string[],
): Promise<Map<string, AccountProfile>> {
  if (!personIds.length) return new Map();
  const rows = await manager
    .getRepository(AccountProfile)
    .createQueryBuilder('p')
    .where('p.personId IN (:...ids)', { ids: personIds.map(Number) })
    .orderBy('p.id', 'DESC')
    .getMany();
  return new Map(rows.map((p) => [String(p.personId), p]));
}

/** Accounts holding SECRETARIAT over a unit path (their scope is the unit or above it). */
export async function secretariatOf(manager: EntityManager, unitPath: string): Promise<AccountProfile[]> {
  const rows = await manager
    .getRepository(AccountProfile)
    .createQueryBuilder('p')
    .where('p.roles LIKE :role', { role: '%SECRETARIAT%' })
    .getMany();
  return rows.filter(
    (p) => p.roles.split(',').includes('SECRETARIAT') && scopeCovers(p.scopeUnitPath, unitPath),
  );
}
