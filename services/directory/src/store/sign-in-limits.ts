import type { DataSource } from 'typeorm';
import { SignInLimitRecord } from '../entities/sign-in-limit.entity';
import { retryAfterSeconds, type SignInLimit } from '../domain/sign-in-throttle';

export type Claim = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Takes one attempt from `key`'s window in one conditional UPDATE, before any password is checked:
 * forty concurrent tries against a limit of five leave exactly five through, on every instance
 * (the counter is a row of the directory's own database, not process memory).
 */
export async function claimAttempt(
  dataSource: DataSource,
  key: string,
  limit: SignInLimit,
  now = new Date(),
): Promise<Claim> {
  const expired = new Date(now.getTime() - limit.windowMs);
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(SignInLimitRecord)
    .values({ limitKey: key, attempts: 0, windowStart: now })
    .orIgnore()
    .execute();
  // MariaDB assigns left to right: `attempts` is computed from the old windowStart, which the
  // second assignment then reads unchanged.
  const result = await dataSource
    .createQueryBuilder()
    .update(SignInLimitRecord)
    .set({
      attempts: () => 'CASE WHEN windowStart <= :expired THEN 1 ELSE attempts + 1 END',
      windowStart: () => 'CASE WHEN windowStart <= :expired THEN :now ELSE windowStart END',
    })
    .where('limitKey = :key AND (windowStart <= :expired OR attempts < :limit)')
    .setParameters({ key, expired, now, limit: limit.attempts })
    .execute();
  if (result.affected) return { ok: true };
  const row = await dataSource.getRepository(SignInLimitRecord).findOneBy({ limitKey: key });
  return { ok: false, retryAfterSeconds: row ? retryAfterSeconds(row.windowStart, limit.windowMs, now) : 1 };
}

/** A wrong password that used up the last try: the wait starts now, not at the first try. */
export async function restartWindowIfSpent(
  dataSource: DataSource,
  key: string,
  limit: SignInLimit,
  now = new Date(),
) {
  await dataSource
    .createQueryBuilder()
    .update(SignInLimitRecord)
    .set({ windowStart: now })
    .where('limitKey = :key AND attempts >= :limit', { key, limit: limit.attempts })
    .execute();
}

/**
 * A right password: the username's tries start again; the address gets this one try back (an
 * office behind one address signs in many people), so a flood still runs out.
 */
export async function forgetAttempts(dataSource: DataSource, resetKeys: string[], refundKey: string) {
  await dataSource
    .createQueryBuilder()
    .update(SignInLimitRecord)
    .set({ attempts: 0 })
    .where('limitKey IN (:...keys)', { keys: resetKeys })
    .execute();
  await dataSource
    .createQueryBuilder()
    .update(SignInLimitRecord)
    .set({ attempts: () => 'attempts - 1' })
    .where('limitKey = :key AND attempts > 0', { key: refundKey })
    .execute();
}
