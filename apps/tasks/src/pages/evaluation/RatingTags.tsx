import { Tag } from 'antd';
import { useLanguage, useTranslation } from '@dx/i18n';

const CLASS_COLORS: Record<string, string> = {
  EXCELLENT: 'green',
  GOOD: 'blue',
  COMPLETED: 'gold',
  NOT_COMPLETED: 'red',
};

export function ClassTag({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation('evaluation');
  if (!value) return <>—</>;
  return (
    <Tag color={CLASS_COLORS[value]} data-testid="rating-class">
      {t(`classes.${value}`)}
    </Tag>
  );
}

export function StatusTag({ value }: { value: string }) {
  const { t } = useTranslation('evaluation');
  return (
    <Tag color={value === 'APPROVED' ? 'green' : 'orange'} data-testid="rating-status">
      {t(`status.${value}`)}
    </Tag>
  );
}

/** 2026-11 → 11/2026 */
export const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** The previous/next arrows, mirrored in right-to-left languages (previous points right in Arabic). */
export function useArrows() {
  const { dir } = useLanguage();
  return dir === 'rtl' ? { prev: '›', next: '‹' } : { prev: '‹', next: '›' };
}
