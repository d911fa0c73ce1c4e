import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../errors';
import { ReceivedEvent } from './entities';
import type { EventEnvelope } from './envelope';

/**
 * Call first inside the transaction that handles an event: true the first time, false for a
 * redelivery (then do nothing). The unique event id makes two concurrent deliveries end with one
 * commit: the second INSERT waits for the first transaction and then fails on the key.
 */
export async function receiveOnce(manager: EntityManager, event: EventEnvelope): Promise<boolean> {
  if (await manager.existsBy(ReceivedEvent, { eventId: event.id })) return false;
  try {
    await manager.insert(ReceivedEvent, {
      eventId: event.id,
      type: event.type,
      source: event.source,
      receivedAt: new Date(),
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
