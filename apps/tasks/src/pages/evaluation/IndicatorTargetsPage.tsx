import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState, EntityFormModal, ErrorState, SimpleBarChart, UnitSelect } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { todayInVietnam } from '../../components/format';
import {
  EvaluationIndicatorsDocument,
  IndicatorChartDocument,
  SetIndicatorYearTargetDocument,
  type IndicatorChartQuery,
} from '../../graphql/generated/graphql';
import { monthLabel, useArrows } from './RatingTags';

type Point = IndicatorChartQuery['indicatorChart']['months'][number];

/** Yearly targets of the monthly DX indicators, and a unit's indicator month by month against the year's target. */
export function IndicatorTargetsPage() {
  const { t } = useTranslation('evaluation');
  const arrows = useArrows();
  const { hasAnyRole, session } = useSession();
  const secretariat = hasAnyRole('SECRETARIAT');
  const [year, setYear] = useState(Number(todayInVietnam().slice(0, 4)));
  const [indicatorId, setIndicatorId] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>(session?.account.scopeUnit?.id ?? undefined);
  const [editing, setEditing] = useState(false);
  const list = useQuery(EvaluationIndicatorsDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const indicators = list.data?.indicators ?? [];
  const chosen = indicators.find((i) => i.id === indicatorId) ?? indicators[0];
  const yearTarget = list.data?.indicatorYearTargets.find((x) => x.indicatorId === chosen?.id);
  const chart = useQuery(IndicatorChartDocument, {
    variables: { indicatorId: chosen?.id ?? '', unitId: unitId ?? '', year },
    skip: !chosen || !unitId,
    fetchPolicy: 'cache-and-network',
  });
  const [setTarget] = useMutation(SetIndicatorYearTargetDocument);
  const data = chart.data?.indicatorChart;
  const fmt = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : `${v}${chosen?.unitOfMeasure === '%' ? '%' : ''}`;
  const columns: ColumnsType<Point> = [
    { title: t('targets.month'), key: 'month', render: (_, p) => <bdi>{monthLabel(p.month)}</bdi> },
    { title: t('targets.value'), key: 'value', render: (_, p) => fmt(p.value) },
    {
      title: t('targets.meets'),
      key: 'meets',
      render: (_, p) =>
        p.meetsTarget === null || p.meetsTarget === undefined ? (
          '—'
        ) : (
          <Tag color={p.meetsTarget ? 'green' : 'red'}>
            {t(p.meetsTarget ? 'targets.met' : 'targets.notMet')}
          </Tag>
        ),
    },
  ];
  return (
    <Card
      title={
        <Space>
          <Button onClick={() => setYear(year - 1)} aria-label={t('ranking.previousYear')}>
            {arrows.prev}
          </Button>
          <bdi data-testid="targets-year">{t('targets.title', { year })}</bdi>
          <Button onClick={() => setYear(year + 1)} aria-label={t('ranking.nextYear')}>
            {arrows.next}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {list.error && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
        <Space wrap>
          <Select
            aria-label={t('targets.indicator')}
            style={{ minWidth: 280 }}
            value={chosen?.id}
            onChange={setIndicatorId}
            options={indicators.map((i) => ({ value: i.id, label: i.name }))}
          />
          <UnitSelect value={unitId} onChange={(v) => setUnitId(v ?? undefined)} />
          {secretariat && chosen && <Button onClick={() => setEditing(true)}>{t('targets.set')}</Button>}
        </Space>
        <Typography.Text data-testid="year-target">
          {t('targets.target', {
            target: fmt(yearTarget?.target ?? data?.target ?? chosen?.target),
            source: t(yearTarget ? 'targets.ofYear' : 'targets.standing'),
          })}
        </Typography.Text>
        {chart.error && <ErrorState error={chart.error} onRetry={() => void chart.refetch()} />}
        {data && data.months.some((p) => p.value !== null) ? (
          <SimpleBarChart
            data={[
              ...(data.target !== null && data.target !== undefined
                ? [{ label: t('targets.targetBar'), value: data.target }]
                : []),
              ...data.months
                .filter((p) => p.value !== null && p.value !== undefined)
                .map((p) => ({ label: monthLabel(p.month), value: p.value! })),
            ]}
            max={chosen?.unitOfMeasure === '%' ? 100 : undefined}
            format={(v) => fmt(v)}
          />
        ) : (
          <EmptyState description={t('targets.noFigures')} />
        )}
        <Table
          data-testid="targets-table"
          size="small"
          rowKey="month"
          columns={columns}
          dataSource={data?.months ?? []}
          loading={chart.loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Space>
      {editing && chosen && (
        <EntityFormModal<{ target: number; note?: string }>
          name="year-target"
          title={t('targets.setTitle', { name: chosen.name, year })}
          namespace="evaluation"
          successMessage={t('targets.saved')}
          initialValues={{
            target: yearTarget?.target ?? chosen.target ?? undefined,
            note: yearTarget?.note ?? '',
          }}
          onSubmit={(values) =>
            setTarget({
              variables: {
                indicatorId: chosen.id,
                year,
                target: Number(values.target),
                note: values.note,
                version: yearTarget?.version ?? null,
              },
            })
          }
          onClose={(saved) => {
            setEditing(false);
            if (saved) {
              void list.refetch();
              void chart.refetch();
            }
          }}
        >
          <Form.Item name="target" label={t('targets.targetField')} rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="note" label={t('targets.note')}>
            <Input />
          </Form.Item>
        </EntityFormModal>
      )}
    </Card>
  );
}
