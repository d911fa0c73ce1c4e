import { Tag } from 'antd';
import { useTranslation } from '@dx/i18n';
import type { CampaignStatus } from '../graphql/generated/graphql';

const COLORS: Record<CampaignStatus, string> = { PLANNED: 'blue', RUNNING: 'green', CLOSED: 'default' };

export function StatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation('campaigns');
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
