import { In, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '@dx/subgraph-kit';
import type { ItemConditionName } from '../domain/categories';
import { cleanSerials } from '../domain/item-lines';
import { serialKey, valuePerPiece } from '../domain/equipment';
import { EquipmentRecord } from '../entities/equipment.entity';
import type { DonationItemRecord } from '../entities/donation-item.entity';
import type { Holder } from './stock-store';
import { refuseInput } from './refusals';
import { writeEvents } from './equipment-moves';

/** Refuses serials already recorded for another live piece (the unique index is the final word under races). */
export async function assertSerialsNew(manager: EntityManager, serials: string[], field = 'items') {
  if (serials.length === 0) return;
  const taken = await manager
    .getRepository(EquipmentRecord)
    .findBy({ serialKey: In(serials.map(serialKey)) });
  if (taken.length)
    throw serialsTaken(
      taken.map((p) => p.serial),
      field,
    );
}

const serialsTaken = (serials: string[], field: string) =>
  refuseInput(
    'errors.serialTaken',
    `The serial number ${serials.join(', ')} is already recorded for another piece of equipment.`,
    field,
    { serials },
  );

/** One equipment row per serial of the donation's lines, in its store, each with a RECEIVED history line. */
export async function createPieces(
  manager: EntityManager,
  donation: { id: number; receivedAt: string; donorName: string },
  holder: Holder,
  lines: DonationItemRecord[],
  recordedBy: string | null,
) {
  const rows = lines.flatMap((line) =>
    cleanSerials(line.serialNumbers).map((serial, i) =>
      manager.create(EquipmentRecord, {
        serial,
        serialKey: serialKey(serial),
        category: line.category,
        model: line.description,
        condition: (line.condition ?? 'NEW') as ItemConditionName,
        estimatedValueVnd: valuePerPiece(line.estimatedValueVnd, line.quantity, i),
        donationId: donation.id,
        status: 'IN_STORE',
        holderUnitId: holder.unitId,
        holderPath: holder.path,
        teamUnitId: null,
        handoverId: null,
      }),
    ),
  );
  if (rows.length === 0) return [];
  const saved = await manager.save(rows).catch((error: unknown) => {
    if (isUniqueViolation(error))
      throw serialsTaken(
        rows.map((r) => r.serial),
        'items',
      );
    throw error;
  });
  await writeEvents(
    manager,
    saved,
    {
      kind: 'RECEIVED',
      occurredOn: donation.receivedAt,
      fromUnitId: null,
      toUnitId: holder.unitId,
      documentNo: `#${donation.id}`,
      reason: donation.donorName,
    },
    recordedBy,
  );
  return saved;
}
