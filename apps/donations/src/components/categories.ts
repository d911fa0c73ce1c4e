import type { ItemCategory } from '../graphql/generated/graphql';

/** The contract's order, used for selects and tables. */
export const CATEGORIES: ItemCategory[] = ['COMPUTER', 'PRINTER', 'FURNITURE_SET', 'NETWORK_EQUIPMENT', 'PHONE', 'OTHER'];
export const DONOR_KINDS = ['ORGANISATION', 'BUSINESS', 'INDIVIDUAL', 'SOCIAL_SOURCES'] as const;

/** Numbers and dates in the reader's language; dates arrive as YYYY-MM-DD. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export const today = () => new Date().toISOString().slice(0, 10);
