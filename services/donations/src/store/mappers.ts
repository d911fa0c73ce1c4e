import type { DonationRecord } from '../entities/donation.entity';
import type { DonationItemRecord } from '../entities/donation-item.entity';
import type { DonorRecord } from '../entities/donor.entity';
import type { HandoverRecord } from '../entities/handover.entity';
import type { HandoverItemRecord } from '../entities/handover-item.entity';
import type { StockRecord } from '../entities/stock.entity';
import { personRef, unitRef } from '../schema/refs';
import type { Donation, DonationItem, Donor, Handover, HandoverItem, StockLine } from '../schema/types';

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
});

export const toDonationItem = (r: DonationItemRecord): DonationItem => ({
  category: r.category,
  description: r.description,
  quantity: r.quantity,
  serialNumbers: r.serialNumbers ?? [],
  estimatedValueVnd: r.estimatedValueVnd,
});

export const toStockLine = (r: StockRecord): StockLine => ({
  category: r.category,
  received: r.received,
  handedOver: r.handedOver,
  available: r.available,
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
});

export const toHandoverItem = (r: HandoverItemRecord): HandoverItem => ({
  category: r.category,
  quantity: r.quantity,
  description: r.description,
  serialNumbers: r.serialNumbers ?? [],
});
