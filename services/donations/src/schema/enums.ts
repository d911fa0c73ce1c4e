import { registerEnumType } from 'type-graphql';
import {
  DONOR_KINDS,
  ITEM_CATEGORIES,
  ITEM_CONDITIONS,
  type DonorKindName,
  type ItemCategoryName,
  type ItemConditionName,
} from '../domain/categories';
import {
  EQUIPMENT_EVENT_KINDS,
  EQUIPMENT_STATUSES,
  type EquipmentEventKindName,
  type EquipmentStatusName,
} from '../domain/equipment';
import {
  MOVEMENT_KINDS,
  WRITE_OFF_REASONS,
  type MovementKindName,
  type WriteOffReasonName,
} from '../domain/movements';

export const ItemCategory = Object.fromEntries(ITEM_CATEGORIES.map((c) => [c, c])) as Record<
  ItemCategoryName,
  ItemCategoryName
>;
registerEnumType(ItemCategory, { name: 'ItemCategory', description: 'What kind of equipment a line is.' });

export const HandoverStatus = { ACTIVE: 'ACTIVE', VOIDED: 'VOIDED' } as const;
registerEnumType(HandoverStatus, {
  name: 'HandoverStatus',
  description: 'A voided handover returned its items to stock; its record is kept.',
});

/** Donor.kind stays a String in the contract; these are the values it takes. */
export const DonorKind = Object.fromEntries(DONOR_KINDS.map((k) => [k, k])) as Record<
  DonorKindName,
  DonorKindName
>;
registerEnumType(DonorKind, { name: 'DonorKind', description: 'The values Donor.kind takes.' });

export const ItemCondition = Object.fromEntries(ITEM_CONDITIONS.map((c) => [c, c])) as Record<
  ItemConditionName,
  ItemConditionName
>;
registerEnumType(ItemCondition, {
  name: 'ItemCondition',
  description: 'The state of a piece: new, good, used, damaged.',
});

export const EquipmentStatus = Object.fromEntries(EQUIPMENT_STATUSES.map((c) => [c, c])) as Record<
  EquipmentStatusName,
  EquipmentStatusName
>;
registerEnumType(EquipmentStatus, {
  name: 'EquipmentStatus',
  description: 'Where a piece is: in a store, with a team, or gone.',
});

export const EquipmentEventKind = Object.fromEntries(EQUIPMENT_EVENT_KINDS.map((c) => [c, c])) as Record<
  EquipmentEventKindName,
  EquipmentEventKindName
>;
registerEnumType(EquipmentEventKind, { name: 'EquipmentEventKind' });

export const MovementKind = Object.fromEntries(MOVEMENT_KINDS.map((c) => [c, c])) as Record<
  MovementKindName,
  MovementKindName
>;
registerEnumType(MovementKind, { name: 'StockMovementKind' });

export const WriteOffReason = Object.fromEntries(WRITE_OFF_REASONS.map((c) => [c, c])) as Record<
  WriteOffReasonName,
  WriteOffReasonName
>;
registerEnumType(WriteOffReason, {
  name: 'WriteOffReason',
  description: 'Broken, lost, or returned to the donor.',
});

export const DonationStatus = { ACTIVE: 'ACTIVE', VOIDED: 'VOIDED' } as const;
registerEnumType(DonationStatus, {
  name: 'DonationStatus',
  description: 'A voided donation took its items back out of stock; its record is kept.',
});
