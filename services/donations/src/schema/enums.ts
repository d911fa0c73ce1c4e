import { DONOR_KINDS, ITEM_CATEGORIES, ITEM_CONDITIONS } from '../domain/categories';
import { graphqlEnum } from '@dx/subgraph-kit';
import { EQUIPMENT_EVENT_KINDS, EQUIPMENT_STATUSES } from '../domain/equipment';
import { MOVEMENT_KINDS, WRITE_OFF_REASONS } from '../domain/movements';

export const ItemCategory = graphqlEnum(ITEM_CATEGORIES, {
  name: 'ItemCategory',
  description: 'What kind of equipment a line is.',
});

export const HandoverStatus = graphqlEnum(['ACTIVE', 'VOIDED'] as const, {
  name: 'HandoverStatus',
  description: 'A voided handover returned its items to stock; its record is kept.',
});

/** Donor.kind stays a String in the contract; these are the values it takes. */
export const DonorKind = graphqlEnum(DONOR_KINDS, {
  name: 'DonorKind',
  description: 'The values Donor.kind takes.',
});

export const ItemCondition = graphqlEnum(ITEM_CONDITIONS, {
  name: 'ItemCondition',
  description: 'The state of a piece: new, good, used, damaged.',
});

export const EquipmentStatus = graphqlEnum(EQUIPMENT_STATUSES, {
  name: 'EquipmentStatus',
  description: 'Where a piece is: in a store, with a team, or gone.',
});

export const EquipmentEventKind = graphqlEnum(EQUIPMENT_EVENT_KINDS, { name: 'EquipmentEventKind' });

export const MovementKind = graphqlEnum(MOVEMENT_KINDS, { name: 'StockMovementKind' });

export const WriteOffReason = graphqlEnum(WRITE_OFF_REASONS, {
  name: 'WriteOffReason',
  description: 'Broken, lost, or returned to the donor.',
});

export const DonationStatus = graphqlEnum(['ACTIVE', 'VOIDED'] as const, {
  name: 'DonationStatus',
  description: 'A voided donation took its items back out of stock; its record is kept.',
});
