import { writeEvent } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { HandoverRecord } from '../entities/handover.entity';

/**
 * HANDOVER_RECORDED, in the transaction of the handover: the people named on the record (giver,
 * receiver, witness) hear of it. The notifications service cannot read this database, so the
 * payload carries what its message needs.
 */
export async function handoverRecorded(
  manager: EntityManager,
  handover: HandoverRecord,
  recipientName: string,
): Promise<void> {
  const personIds = [handover.handedOverById, handover.receivedById, handover.witnessId].filter(
    (id): id is number => id !== null,
  );
  if (personIds.length === 0) return;
  await writeEvent(manager, {
    type: 'HANDOVER_RECORDED',
    payload: {
      handoverId: String(handover.id),
      recordNo: handover.recordNo,
      title: handover.recordNo,
      recipient: recipientName,
      handedOverAt: handover.handedOverAt,
      unitPath: handover.recipientPath,
      personIds: [...new Set(personIds)].map(String),
      link: `/donations/handovers/${handover.id}`,
    },
    dedupeKey: `handover-recorded:${handover.id}`,
  });
}
