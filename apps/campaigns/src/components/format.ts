import type { Language } from '@dx/i18n';

const LOCALES: Record<string, string> = { vi: 'vi-VN', en: 'en-GB', ar: 'ar' };

export function formatNumber(value: number | null | undefined, language: Language | string): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(LOCALES[language] ?? language, { maximumFractionDigits: 2 });
}

export const percent = (progress: number | null | undefined) =>
  progress === null || progress === undefined ? null : Math.round(progress * 100);
