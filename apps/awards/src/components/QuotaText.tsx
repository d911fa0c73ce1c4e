import { useTranslation } from '@dx/i18n';

export function QuotaText({ approved, quota }: { approved: number; quota?: number | null }) {
  const { t } = useTranslation('awards');
  return (
    <>{quota ? t('rounds.approvedOf', { approved, quota }) : t('rounds.approvedNoLimit', { approved })}</>
  );
}
