import { useQuery } from '@apollo/client/react';
import { Card, Space, Table, Tag, Typography } from 'antd';
import { DeskLink, EmptyState, ErrorState, formatDay } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { TaskProgress, TaskStatusTag } from '../components/TaskStatusTag';
import { MyTasksDocument, type TaskRowFragment } from '../graphql/generated/graphql';

/** The member's landing page: their own tasks, overdue first, then due this week, then the rest. */
export function MyTasksPage() {
  const { t } = useTranslation('tasks');
  const { data, loading, error, refetch } = useQuery(MyTasksDocument, {
    variables: { first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const tasks = data?.myTasks.nodes ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('mine.help')}</Typography.Text>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <Card title={t('mine.title', { count: data?.myTasks.totalCount ?? 0 })}>
        <Table<TaskRowFragment>
          data-testid="my-tasks"
          size="middle"
          rowKey="id"
          loading={loading && !data}
          pagination={false}
          dataSource={tasks}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: loading ? ' ' : <EmptyState description={t('mine.empty')} /> }}
          columns={[
            {
              title: t('fields.title'),
              key: 'title',
              render: (_, task) => <DeskLink to={`list/${task.id}`}>{task.title}</DeskLink>,
            },
            {
              title: t('fields.dueDate'),
              key: 'dueDate',
              render: (_, task) => <bdi>{formatDay(task.dueDate)}</bdi>,
            },
            {
              title: t('fields.status'),
              key: 'status',
              render: (_, task) => (
                <Space size={4} wrap>
                  <TaskStatusTag status={task.status} overdue={task.overdue} />
                  {task.daysLate ? (
                    <Tag color="error">{t('lifecycle.daysLate', { count: task.daysLate })}</Tag>
                  ) : null}
                </Space>
              ),
            },
            {
              title: t('fields.progress'),
              key: 'progress',
              render: (_, task) => <TaskProgress value={task.progress} />,
            },
            { title: t('fields.unit'), key: 'unit', render: (_, task) => task.unit?.name ?? '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
