import type { ItemCategory } from '../graphql/generated/graphql';

/** The contract's order, used for selects and tables. */
export const CATEGORIES: ItemCategory[] = [
  'COMPUTER',
  'PRINTER',
  'FURNITURE_SET',
  'NETWORK_EQUIPMENT',
  'PHONE',
  'OTHER',
];
export const DONOR_KINDS = ['ORGANISATION', 'BUSINESS', 'INDIVIDUAL', 'SOCIAL_SOURCES'] as const;

/** Numbers in the reader's language (dates: `formatDay` of the design system). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** Today in Vietnam (not UTC: before 07:00 in Hà Nội UTC is still yesterday). */
export { todayInVietnam as today } from '@dx/design-system';
