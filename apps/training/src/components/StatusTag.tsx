import { Tag } from 'antd';
import { useTranslation } from '@dx/i18n';
import type { EnrolmentStatus } from '../graphql/generated/graphql';

const COLORS: Record<EnrolmentStatus, string> = {
  ENROLLED: 'blue',
  WAITLISTED: 'gold',
  CANCELLED: 'default',
  ATTENDED: 'cyan',
  COMPLETED: 'green',
  NO_SHOW: 'red',
};

export function StatusTag({ status, position }: { status: EnrolmentStatus; position?: number | null }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={COLORS[status]}>
      {t(`status.${status}`)}
      {status === 'WAITLISTED' && position ? ` #${position}` : ''}
    </Tag>
  );
}
