import { registerEnumType } from 'type-graphql';
import {
  DONOR_KINDS,
  ITEM_CATEGORIES,
  type DonorKindName,
  type ItemCategoryName,
} from '../domain/categories';

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
