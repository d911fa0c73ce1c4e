import { identityOf, isUniqueViolation, type RequestContext } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { RequestKeyRecord } from '../entities/request-key.entity';

/**
 * Runs a write in one transaction, at most once per client request key. The key is claimed first
 * thing in the transaction: a second submission of the same form waits on that row (MariaDB) or
 * queues (SQLite), then finds the key taken and gets the first record back instead of a second one.
 */
export async function writeOnce<T>(
  ctx: RequestContext,
  kind: string,
  clientKey: string | null | undefined,
  load: (recordId: number) => Promise<T>,
  write: (manager: EntityManager) => Promise<[number, T]>,
): Promise<T> {
  const key = clientKey?.trim() ? `${kind}:${identityOf(ctx).accountId}:${clientKey.trim()}` : null;
  const earlier = async () =>
    key ? await ctx.dataSource.getRepository(RequestKeyRecord).findOneBy({ key }) : null;
  const before = await earlier();
  if (before?.recordId) return load(before.recordId);
  try {
    return await ctx.dataSource.transaction(async (manager) => {
      if (key) await manager.insert(RequestKeyRecord, { key, kind, recordId: null });
      const [recordId, result] = await write(manager);
      if (key) await manager.update(RequestKeyRecord, { key }, { recordId });
      return result;
    });
  } catch (error) {
    if (!key || !isUniqueViolation(error)) throw error;
    const first = await earlier();
    if (first?.recordId) return load(first.recordId);
    throw error;
  }
}
