import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, SimpleBarChart } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { DirectionalArrow } from '../components/DirectionalArrow';
import { currentMonth, shiftMonth } from '../components/format';
import { UnitScorecardDocument, type UnitScorecardQuery } from '../graphql/generated/graphql';

type Line = UnitScorecardQuery['unitScorecard'][number];

/** The monthly ranking of units on the tasks due that month; the month is kept in the URL. */
export function ScorecardPage() {
  const { t } = useTranslation('tasks');
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? currentMonth();
  const setMonth = (m: string) => setParams({ month: m });
  const { data, loading, error, refetch } = useQuery(UnitScorecardDocument, { variables: { month } });
  const lines = data?.unitScorecard ?? [];
  const withDays = (count: number, days: number) =>
    count > 0 ? t('scorecard.withDays', { count, days }) : '0';
  const columns: ColumnsType<Line> = [
    { title: t('scorecard.rank'), dataIndex: 'rank', key: 'rank', width: 70 },
    { title: t('fields.unit'), key: 'unit', render: (_, l) => l.unit?.name ?? '—' },
    { title: t('scorecard.assigned'), dataIndex: 'assigned', key: 'assigned' },
    { title: t('scorecard.doneOnTime'), dataIndex: 'doneOnTime', key: 'doneOnTime' },
    { title: t('scorecard.doneLate'), key: 'doneLate', render: (_, l) => withDays(l.doneLate, l.lateDays) },
    { title: t('scorecard.overdue'), key: 'overdue', render: (_, l) => withDays(l.overdue, l.overdueDays) },
    {
      title: t('scorecard.score'),
      dataIndex: 'score',
      key: 'score',
      render: (s: number | null) => (s === null ? '—' : s.toFixed(1)),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('scorecard.previousMonth')}>
          <DirectionalArrow toward="back" />
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="scorecard-month">
          <bdi>{t('scorecard.month', { month: `${month.slice(5)}/${month.slice(0, 4)}` })}</bdi>
        </Typography.Title>
        <Button onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t('scorecard.nextMonth')}>
          <DirectionalArrow toward="forward" />
        </Button>
      </Space>
      <Typography.Text type="secondary">{t('scorecard.rule')}</Typography.Text>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {lines.length > 0 && (
        <Card title={t('scorecard.chart')}>
          <SimpleBarChart
            data={lines
              .filter((l) => l.score !== null && l.score !== undefined)
              .map((l) => ({ label: l.unit?.name ?? '—', value: l.score! }))}
            max={100}
            format={(v) => v.toFixed(1)}
          />
        </Card>
      )}
      <Table
        data-testid="scorecard-table"
        size="middle"
        rowKey={(l) => l.unit?.id ?? `${l.rank}-${l.assigned}`}
        columns={columns}
        dataSource={lines}
        loading={loading}
        pagination={false}
        locale={{ emptyText: loading ? ' ' : <EmptyState description={t('scorecard.empty')} /> }}
        scroll={{ x: 'max-content' }}
      />
    </Space>
  );
}
