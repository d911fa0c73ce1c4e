import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../errors';
import { OutboxEvent } from './entities';

export interface NewEvent {
  /** SCREAMING_CASE, e.g. TASK_ASSIGNED. */
  type: string;
  /** Plain JSON: ids (person ids for recipients), titles, days; never a secret. */
  payload: Record<string, unknown>;
  /** A business key: when an event with this key exists, nothing is written (two schedulers, one reminder). */
  dedupeKey?: string;
}

/**
 * Writes an event into this service's outbox inside the caller's transaction: call it with the
 * `manager` of the `dataSource.transaction` that makes the change. Returns the event id, or null
 * when `dedupeKey` was already used (then the transaction goes on unharmed).
 */
export async function writeEvent(manager: EntityManager, event: NewEvent): Promise<string | null> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`writeEvent(${event.type}) needs the manager of an open transaction.`);
  }
  const now = new Date();
  const row = {
    eventId: randomUUID(),
    type: event.type,
    payload: JSON.stringify(event.payload),
    dedupeKey: event.dedupeKey ?? null,
    occurredAt: now,
    availableAt: now,
    attempts: 0,
  };
  if (!event.dedupeKey) {
    await manager.insert(OutboxEvent, row);
    return row.eventId;
  }
  // A failed INSERT would abort a PostgreSQL transaction; on MariaDB and SQLite it does not, but
  // checking first keeps the common case free of errors. The unique key is what decides a race.
  if (await manager.existsBy(OutboxEvent, { dedupeKey: event.dedupeKey })) return null;
  try {
    await manager.insert(OutboxEvent, row);
    return row.eventId;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
