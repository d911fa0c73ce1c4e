import { Card, Col, Row, Typography } from 'antd';
import { ConnectionTable } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { taskColumns, taskCsvColumns } from '../components/taskColumns';
import { TaskListDocument } from '../graphql/generated/graphql';

const DUE_SOON_DAYS = 7;

/** What the secretariat chases: work past its deadline, and work due within a week. */
export function DueSoonPage() {
  const { t } = useTranslation('tasks');
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card
          title={<Typography.Text type="danger">{t('due.overdue')}</Typography.Text>}
          data-testid="overdue-list"
        >
          <ConnectionTable
            query={TaskListDocument}
            variables={{ overdue: true }}
            connection={(data) => data.tasks}
            columns={taskColumns(t)}
            rowKey={(task) => task.id}
            urlPrefix="overdue"
            csv={{ filename: 'tasks-overdue', columns: taskCsvColumns(t) }}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('due.soon', { days: DUE_SOON_DAYS })} data-testid="due-soon-list">
          <ConnectionTable
            query={TaskListDocument}
            variables={{ dueWithinDays: DUE_SOON_DAYS }}
            connection={(data) => data.tasks}
            columns={taskColumns(t)}
            rowKey={(task) => task.id}
            urlPrefix="soon"
            csv={{ filename: 'tasks-due-soon', columns: taskCsvColumns(t) }}
          />
        </Card>
      </Col>
    </Row>
  );
}
