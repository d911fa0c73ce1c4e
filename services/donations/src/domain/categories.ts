export const ITEM_CATEGORIES = [
  'COMPUTER',
  'PRINTER',
  'FURNITURE_SET',
  'NETWORK_EQUIPMENT',
  'PHONE',
  'OTHER',
] as const;
export type ItemCategoryName = (typeof ITEM_CATEGORIES)[number];

export const ITEM_CONDITIONS = ['NEW', 'GOOD', 'USED', 'DAMAGED'] as const;
export type ItemConditionName = (typeof ITEM_CONDITIONS)[number];

/** "Social sources" (nguồn xã hội hóa) is how the reports name pooled private funding and gifts. */
export const DONOR_KINDS = ['ORGANISATION', 'BUSINESS', 'INDIVIDUAL', 'SOCIAL_SOURCES'] as const;
export type DonorKindName = (typeof DONOR_KINDS)[number];

/** The order categories are listed and locked in: a fixed order keeps concurrent handovers from deadlocking. */
export function categoryOrder(a: ItemCategoryName, b: ItemCategoryName): number {
  return ITEM_CATEGORIES.indexOf(a) - ITEM_CATEGORIES.indexOf(b);
}
