import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router';
import {
  DeskLink,
  downloadCsv,
  EmptyState,
  ErrorState,
  SimpleBarChart,
  toCsv,
  UnitSelect,
} from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { DirectionalArrow } from '../components/DirectionalArrow';
import { currentMonth, shiftMonth } from '../components/format';
import { IndicatorReportDocument, type IndicatorReportQuery } from '../graphql/generated/graphql';

type Total = IndicatorReportQuery['indicatorReport']['totals'][number];
type Value = IndicatorReportQuery['indicatorReport']['values'][number];

const shown = (value: number | null | undefined, unit: string) =>
  value == null ? '—' : unit === '%' ? `${value}%` : `${value} ${unit}`;

/** The month's thematic DX report (as Bình Phước publishes it): totals across units, then each unit. */
export function IndicatorReportPage() {
  const { t } = useTranslation('tasks');
  const { hasAnyRole } = useSession();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? shiftMonth(currentMonth(), -1);
  const unitId = params.get('unitId') ?? undefined;
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes))
      if (v) next.set(k, v);
      else next.delete(k);
    setParams(next);
  };
  const { data, loading, error, refetch } = useQuery(IndicatorReportDocument, {
    variables: { month, unitId },
  });
  const report = data?.indicatorReport;
  const indicators = new Map((report?.totals ?? []).map((x) => [x.indicator.id, x.indicator]));
  const met = (m: boolean | null | undefined) =>
    m == null ? (
      '—'
    ) : (
      <Tag color={m ? 'success' : 'warning'}>{m ? t('indicators.met') : t('indicators.notMet')}</Tag>
    );

  const totalColumns: ColumnsType<Total> = [
    { title: t('indicators.name'), key: 'name', render: (_, x) => x.indicator.name },
    {
      title: t('indicators.target'),
      key: 'target',
      render: (_, x) => shown(x.indicator.target, x.indicator.unitOfMeasure),
    },
    {
      title: t('indicators.value'),
      key: 'value',
      render: (_, x) => shown(x.value, x.indicator.unitOfMeasure),
    },
    {
      title: t('indicators.figures'),
      key: 'figures',
      render: (_, x) => (x.denominator == null ? x.numerator : `${x.numerator} / ${x.denominator}`),
    },
    { title: t('indicators.units'), dataIndex: 'units', key: 'units' },
    { title: t('indicators.meetsTarget'), key: 'met', render: (_, x) => met(x.meetsTarget) },
  ];
  const valueColumns: ColumnsType<Value> = [
    { title: t('fields.unit'), key: 'unit', render: (_, v) => v.unit?.name ?? '—' },
    { title: t('indicators.name'), key: 'name', render: (_, v) => indicators.get(v.indicator.id)?.name },
    {
      title: t('indicators.value'),
      key: 'value',
      render: (_, v) => shown(v.value, indicators.get(v.indicator.id)?.unitOfMeasure ?? ''),
    },
    {
      title: t('indicators.figures'),
      key: 'figures',
      render: (_, v) => (v.denominator == null ? v.numerator : `${v.numerator} / ${v.denominator}`),
    },
    { title: t('indicators.meetsTarget'), key: 'met', render: (_, v) => met(v.meetsTarget) },
  ];
  const exportCsv = () =>
    downloadCsv(
      `dx-indicators-${month}`,
      toCsv(report?.values ?? [], [
        { title: t('fields.unit'), value: (v: Value) => v.unit?.name },
        { title: t('indicators.name'), value: (v: Value) => indicators.get(v.indicator.id)?.name },
        { title: t('indicators.numerator'), value: (v: Value) => v.numerator },
        { title: t('indicators.denominator'), value: (v: Value) => v.denominator },
        { title: t('indicators.value'), value: (v: Value) => v.value },
      ]),
    );
  const shares = (report?.totals ?? []).filter((x) => x.indicator.measure === 'PERCENT' && x.value != null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button
          onClick={() => update({ month: shiftMonth(month, -1) })}
          aria-label={t('scorecard.previousMonth')}
        >
          <DirectionalArrow toward="back" />
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="indicator-month">
          <bdi>{t('indicators.title', { month: `${month.slice(5)}/${month.slice(0, 4)}` })}</bdi>
        </Typography.Title>
        <Button onClick={() => update({ month: shiftMonth(month, 1) })} aria-label={t('scorecard.nextMonth')}>
          <DirectionalArrow toward="forward" />
        </Button>
        <UnitSelect value={unitId} onChange={(v) => update({ unitId: v })} allowClear />
        <Button onClick={exportCsv} disabled={!report?.values.length}>
          {t('common:actions.exportCsv')}
        </Button>
        {hasAnyRole('SECRETARIAT', 'COMMITTEE_MEMBER') && (
          <DeskLink to="indicators/entry">
            <Button type="primary">{t('indicators.enter')}</Button>
          </DeskLink>
        )}
      </Space>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {shares.length > 0 && (
        <Card title={t('indicators.chart')}>
          <SimpleBarChart
            data={shares.map((x) => ({ label: x.indicator.name, value: x.value ?? 0 }))}
            max={100}
            format={(v) => `${v}%`}
          />
        </Card>
      )}
      <Card title={t('indicators.totals')}>
        <Table
          size="small"
          rowKey={(x) => x.indicator.id}
          columns={totalColumns}
          dataSource={report?.totals ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <Card title={t('indicators.perUnit')}>
        <Table
          size="small"
          rowKey="id"
          columns={valueColumns}
          dataSource={report?.values ?? []}
          loading={loading}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: <EmptyState /> }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </Space>
  );
}
