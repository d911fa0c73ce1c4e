import { Progress, Space, Tag } from 'antd';
import { useTranslation } from '@dx/i18n';
import type { TaskStatus } from '../graphql/generated/graphql';

const COLORS: Record<TaskStatus, string> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'processing',
  DONE: 'success',
  CANCELLED: 'default',
};

export function TaskStatusTag({ status, overdue }: { status: TaskStatus; overdue: boolean }) {
  const { t } = useTranslation('tasks');
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>
      {overdue && <Tag color="error">{t('status.OVERDUE')}</Tag>}
    </Space>
  );
}

export function TaskProgress({ value }: { value: number }) {
  return <Progress percent={value} size="small" style={{ minWidth: 120 }} aria-label={`${value}%`} />;
}
