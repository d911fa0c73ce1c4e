import type { DonationRecord } from '../entities/donation.entity';
import { personRef, unitRef } from '@dx/subgraph-kit';
import type { DonationItemRecord } from '../entities/donation-item.entity';
import type { DonorRecord } from '../entities/donor.entity';
import type { HandoverRecord } from '../entities/handover.entity';
import type { HandoverItemRecord } from '../entities/handover-item.entity';
import type { StockRecord } from '../entities/stock.entity';
import type { EquipmentRecord } from '../entities/equipment.entity';
import type { EquipmentEventRecord } from '../entities/equipment-event.entity';
import type { StockMovementRecord } from '../entities/stock-movement.entity';
import type { StockMovementLineRecord } from '../entities/stock-movement-line.entity';
import type { Donation, DonationItem, Donor, Handover, HandoverItem, StockLine } from '../schema/types';
import type { EquipmentEvent, EquipmentPiece, MovementLine, StockMovement } from '../schema/equipment.types';

export const toDonor = (r: DonorRecord): Donor => ({
  id: String(r.id),
  name: r.name,
  kind: r.kind,
  contact: r.contact,
  version: r.version,
});

export const toDonation = (r: DonationRecord): Donation => ({
  id: String(r.id),
  donorId: String(r.donorId),
  receivedAt: r.receivedAt,
  holder: unitRef(r.holderUnitId),
  note: r.note,
  status: r.status,
  version: r.version,
  changeReason: r.changeReason,
});

export const toDonationItem = (r: DonationItemRecord): DonationItem => ({
  category: r.category,
  description: r.description,
  quantity: r.quantity,
  serialNumbers: r.serialNumbers ?? [],
  estimatedValueVnd: r.estimatedValueVnd,
  condition: r.condition,
});

export const toStockLine = (r: StockRecord): StockLine => ({
  category: r.category,
  received: r.received,
  handedOver: r.handedOver,
  available: r.available,
  transferredIn: r.transferredIn,
  transferredOut: r.transferredOut,
  returned: r.returned,
  writtenOff: r.writtenOff,
  holder: unitRef(r.holderUnitId),
});

export const toHandover = (r: HandoverRecord): Handover => ({
  id: String(r.id),
  recordNo: r.recordNo,
  recipient: { id: String(r.recipientUnitId) },
  giver: unitRef(r.holderUnitId),
  handedOverAt: r.handedOverAt,
  handedOverBy: personRef(r.handedOverById),
  receivedBy: personRef(r.receivedById),
  witness: personRef(r.witnessId),
  note: r.note,
  status: r.status,
  voidReason: r.voidReason,
  voidedAt: r.voidedAt,
  acceptedBy: personRef(r.acceptedById),
  acceptedOn: r.acceptedOn,
  acceptanceScanUrl: r.acceptanceScanUrl,
});

export const toHandoverItem = (r: HandoverItemRecord): HandoverItem => ({
  category: r.category,
  quantity: r.quantity,
  description: r.description,
  serialNumbers: r.serialNumbers ?? [],
  condition: r.condition,
  estimatedValueVnd: r.estimatedValueVnd,
});

export const toMovement = (r: StockMovementRecord): StockMovement => ({
  id: String(r.id),
  recordNo: r.recordNo,
  kind: r.kind,
  from: unitRef(r.fromUnitId),
  to: unitRef(r.toUnitId),
  occurredOn: r.occurredOn,
  reason: r.reason,
  note: r.note,
  recordedBy: r.recordedBy,
});

export const toMovementLine = (r: StockMovementLineRecord): MovementLine => ({
  category: r.category,
  quantity: r.quantity,
  serialNumbers: r.serialNumbers ?? [],
});

export const toPiece = (r: EquipmentRecord): EquipmentPiece => ({
  id: String(r.id),
  serial: r.serial,
  category: r.category,
  model: r.model,
  condition: r.condition,
  estimatedValueVnd: r.estimatedValueVnd,
  status: r.status,
  store: r.status === 'IN_STORE' ? unitRef(r.holderUnitId) : null,
  team: unitRef(r.teamUnitId),
  donationId: String(r.donationId),
  handoverId: r.handoverId === null ? null : String(r.handoverId),
});

export const toEvent = (r: EquipmentEventRecord): EquipmentEvent => ({
  kind: r.kind,
  occurredOn: r.occurredOn,
  from: unitRef(r.fromUnitId),
  to: unitRef(r.toUnitId),
  documentNo: r.documentNo,
  reason: r.reason,
  recordedBy: r.recordedBy,
  recordedAt: r.recordedAt,
});
