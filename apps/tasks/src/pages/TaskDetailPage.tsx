import { useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { DeskLink, ErrorState, formatDateTime, formatDay, LoadingState } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useLanguage, useTranslation } from '@dx/i18n';
import { BackLink, DirectionalArrow } from '../components/DirectionalArrow';
import { ProgressReportForm } from '../components/ProgressReportForm';
import { TaskLifecycleActions } from '../components/TaskLifecycleActions';
import { TaskProgress, TaskStatusTag } from '../components/TaskStatusTag';
import { taskColumns } from '../components/taskColumns';
import { TaskDetailDocument } from '../graphql/generated/graphql';

/** One task: its six clears, its sub-tasks, the timeline of reports, and the report form. */
export function TaskDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tasks');
  const { language } = useLanguage();
  const { hasAnyRole } = useSession();
  const { data, loading, error, refetch } = useQuery(TaskDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const task = data?.task;
  if (loading && !task) return <LoadingState />;
  if (error && !task) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!task) return <ErrorState error={new Error(t('detail.notFound'))} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to="list">{t('detail.back')}</BackLink>
      <Card
        title={<span data-testid="task-title">{task.title}</span>}
        extra={
          <Space wrap>
            <TaskStatusTag status={task.status} overdue={task.overdue} />
            {task.daysLate ? (
              <Tag color="error">{t('lifecycle.daysLate', { count: task.daysLate })}</Tag>
            ) : null}
          </Space>
        }
      >
        {hasAnyRole('SECRETARIAT') && (
          <div style={{ marginBottom: 12 }}>
            <TaskLifecycleActions task={task} onChanged={() => void refetch()} />
          </div>
        )}
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('sixClear.person')}>{task.assignee?.fullName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sixClear.responsibility')}>
            {task.unit?.name ?? '—'}
            {task.coordinatingUnits.length > 0 && (
              <div>
                {t('fields.coordinatingUnits')}:{' '}
                {task.coordinatingUnits.map((u) => (
                  <Tag key={u.id}>{u.name}</Tag>
                ))}
              </div>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('sixClear.deadline')}>
            <bdi>{formatDay(task.dueDate)}</bdi>
          </Descriptions.Item>
          <Descriptions.Item label={t('sixClear.authority')}>{task.authority ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sixClear.result')} span={2}>
            {task.expectedResult}
          </Descriptions.Item>
          {task.description && (
            <Descriptions.Item label={t('fields.description')} span={2}>
              {task.description}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('fields.progress')}>
            <TaskProgress value={task.progress} />
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.priority')}>{t(`priority.${task.priority}`)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.sourceDocument')}>
            <bdi>{task.sourceDocument ?? '—'}</bdi>
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.committee')}>{task.committee?.name ?? '—'}</Descriptions.Item>
          {task.parent && (
            <Descriptions.Item label={t('fields.parent')} span={2}>
              <DeskLink to={`list/${task.parent.id}`}>{task.parent.title}</DeskLink>
            </Descriptions.Item>
          )}
          {task.completedOn && (
            <Descriptions.Item label={t('fields.completedOn')}>
              {formatDay(task.completedOn)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {task.subtasks.length > 0 && (
        <Card title={t('detail.subtasks')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={task.subtasks}
            columns={taskColumns(t)}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('detail.timeline')} data-testid="task-timeline">
            {task.updates.length === 0 ? (
              <Typography.Text type="secondary">{t('detail.noReports')}</Typography.Text>
            ) : (
              <Timeline
                items={task.updates.map((u) => ({
                  key: u.id,
                  color: u.kind === 'COMPLETED' ? 'green' : u.kind === 'REOPENED' ? 'orange' : 'blue',
                  children: (
                    <div>
                      <Typography.Text strong>
                        {t(`updateKind.${u.kind}`)} · {u.progress}%
                      </Typography.Text>{' '}
                      <Typography.Text type="secondary">
                        <bdi>{formatDateTime(u.at, language)}</bdi> · {u.by?.fullName ?? u.byUsername ?? ''}
                      </Typography.Text>
                      {u.note && <div>{u.note}</div>}
                      {u.changes.map((c) => (
                        <div key={c.field}>
                          <Typography.Text type="secondary">
                            {t(`changeField.${c.field}`, { defaultValue: c.field })}:{' '}
                            <bdi>{c.field === 'dueDate' ? formatDay(c.from) : (c.from ?? '—')}</bdi>{' '}
                            <DirectionalArrow toward="forward" />{' '}
                            <bdi>{c.field === 'dueDate' ? formatDay(c.to) : (c.to ?? '—')}</bdi>
                          </Typography.Text>
                        </div>
                      ))}
                      {u.evidenceLinks.map((link) => (
                        <div key={link}>
                          <a href={link} target="_blank" rel="noreferrer" dir="ltr">
                            {link}
                          </a>
                        </div>
                      ))}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {(task.status === 'NOT_STARTED' || task.status === 'IN_PROGRESS') &&
            hasAnyRole('SECRETARIAT', 'COMMITTEE_MEMBER') && (
              <Card title={t('report.title')}>
                <ProgressReportForm task={task} onSaved={() => void refetch()} />
              </Card>
            )}
        </Col>
      </Row>
    </Space>
  );
}
