import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import {
  AdministrativeHeader,
  EntityFormModal,
  ErrorState,
  PrintLayout,
  SimpleBarChart,
  downloadCsv,
  placeAndDate,
  toCsv,
} from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useLanguage, useTranslation } from '@dx/i18n';
import { todayInVietnam } from '../../components/format';
import { useArrows } from './RatingTags';
import { placeOf } from '../../components/OfficialHeader';
import {
  PublishUnitRankingDocument,
  SetRankingWeightsDocument,
  UnitRankingDocument,
  UnitRankingTrendDocument,
  type UnitRankingQuery,
} from '../../graphql/generated/graphql';

type Line = UnitRankingQuery['unitRanking'][number];
const CRITERIA = ['TASK_DELIVERY', 'INDICATORS', 'TRAINING', 'CAMPAIGNS'] as const;
type WeightValues = Record<(typeof CRITERIA)[number], number>;

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(1));

function Trend({ unitId }: { unitId: string }) {
  const { t } = useTranslation('evaluation');
  const { data } = useQuery(UnitRankingTrendDocument, { variables: { unitId } });
  const points = data?.unitRankingTrend ?? [];
  if (!points.length) return <Typography.Text type="secondary">{t('ranking.noTrend')}</Typography.Text>;
  return (
    <SimpleBarChart
      data={points.map((p) => ({
        label: t('ranking.trendPoint', { year: p.year, rank: p.rank ?? '—', of: p.rankedUnits }),
        value: p.score ?? 0,
      }))}
      max={100}
      format={(v) => v.toFixed(1)}
    />
  );
}

/** The year's DX ranking of the units below the caller's unit: parts, ties, units without data; CSV, print, publish. */
export function RankingPage() {
  const { t } = useTranslation('evaluation');
  const arrows = useArrows();
  const { language } = useLanguage();
  const { hasAnyRole } = useSession();
  const secretariat = hasAnyRole('SECRETARIAT');
  const [year, setYear] = useState(Number(todayInVietnam().slice(0, 4)));
  const [dialog, setDialog] = useState<'weights' | 'publish' | null>(null);
  const { data, loading, error, refetch } = useQuery(UnitRankingDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const [setWeights] = useMutation(SetRankingWeightsDocument);
  const [publish] = useMutation(PublishUnitRankingDocument);
  const lines = data?.unitRanking ?? [];
  const setup = data?.rankingSetup;
  const published = setup?.status === 'PUBLISHED';
  const weightOf = (c: string) => setup?.weights.find((w) => w.criterion === c)?.weight ?? 0;
  const valueOf = (l: Line, c: string) => l.parts.find((p) => p.criterion === c)?.value;
  const header = (c: string) =>
    t('ranking.criterionWeight', { criterion: t(`rankingCriteria.${c}`), weight: weightOf(c) });
  const columns: ColumnsType<Line> = [
    { title: t('ranking.rank'), key: 'rank', width: 70, render: (_, l) => l.rank ?? '—' },
    { title: t('ranking.unit'), key: 'unit', render: (_, l) => l.unit?.name ?? '—' },
    {
      title: t('ranking.score'),
      key: 'score',
      render: (_, l) => (l.noData ? <Tag data-testid="no-data">{t('ranking.noData')}</Tag> : fmt(l.score)),
    },
    ...CRITERIA.map((c) => ({
      title: header(c),
      key: c,
      render: (_: unknown, l: Line) => fmt(valueOf(l, c)),
    })),
  ];
  const csv = () =>
    downloadCsv(
      `xep-hang-cds-${year}`,
      toCsv(lines, [
        { title: t('ranking.rank'), value: (l) => l.rank },
        { title: t('ranking.unit'), value: (l) => l.unit?.name },
        { title: t('ranking.score'), value: (l) => (l.noData ? t('ranking.noData') : l.score) },
        ...CRITERIA.map((c) => ({ title: header(c), value: (l: Line) => valueOf(l, c) ?? '' })),
      ]),
    );
  const done = (saved?: unknown) => {
    setDialog(null);
    if (saved) void refetch();
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Button onClick={() => setYear(year - 1)} aria-label={t('ranking.previousYear')}>
              {arrows.prev}
            </Button>
            <bdi data-testid="ranking-year">{t('ranking.title', { year })}</bdi>
            <Button onClick={() => setYear(year + 1)} aria-label={t('ranking.nextYear')}>
              {arrows.next}
            </Button>
          </Space>
        }
        extra={
          <Tag color={published ? 'green' : 'default'} data-testid="ranking-status">
            {t(`ranking.status.${setup?.status ?? 'DRAFT'}`)}
          </Tag>
        }
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('ranking.rule')}</Typography.Text>
          <Space wrap>
            <Button onClick={csv} disabled={!lines.length}>
              {t('ranking.csv')}
            </Button>
            {secretariat && !published && (
              <>
                <Button onClick={() => setDialog('weights')}>{t('ranking.weights')}</Button>
                <Button type="primary" onClick={() => setDialog('publish')}>
                  {t('ranking.publish')}
                </Button>
              </>
            )}
          </Space>
          {error && <ErrorState error={error} onRetry={() => void refetch()} />}
          <Table
            data-testid="ranking-table"
            size="small"
            rowKey={(l) => l.unit?.id ?? String(l.rank)}
            columns={columns}
            dataSource={lines}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{ expandedRowRender: (l) => l.unit && <Trend unitId={l.unit.id} /> }}
          />
        </Space>
      </Card>
      <PrintLayout title={t('ranking.printTitle', { year })} orientation="landscape">
        <AdministrativeHeader
          issuingBody={setup?.parentUnit?.name ?? ''}
          nation={t('print.nation')}
          motto={t('print.motto')}
          placeDate={placeAndDate(placeOf(setup?.parentUnit?.name), todayInVietnam(), language)}
        />
        <h3 style={{ textAlign: 'center' }}>{t('ranking.printTitle', { year })}</h3>
        <p style={{ textAlign: 'center' }}>
          {t(published ? 'ranking.printPublished' : 'ranking.printDraft', {
            day: setup?.publishedAt?.slice(0, 10) ?? '',
          })}
        </p>
        <table>
          <thead>
            <tr>
              <th>{t('ranking.rank')}</th>
              <th>{t('ranking.unit')}</th>
              <th>{t('ranking.score')}</th>
              {CRITERIA.map((c) => (
                <th key={c}>{header(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.unit?.id}>
                <td>{l.rank ?? '—'}</td>
                <td>{l.unit?.name}</td>
                <td>{l.noData ? t('ranking.noData') : fmt(l.score)}</td>
                {CRITERIA.map((c) => (
                  <td key={c}>{fmt(valueOf(l, c))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </PrintLayout>
      {dialog === 'weights' && setup && (
        <EntityFormModal<WeightValues>
          name="ranking-weights"
          title={t('ranking.weightsTitle', { year })}
          namespace="evaluation"
          successMessage={t('ranking.saved')}
          initialValues={Object.fromEntries(setup.weights.map((w) => [w.criterion, w.weight]))}
          onSubmit={(values) =>
            setWeights({
              variables: {
                year,
                version: setup.version,
                weights: CRITERIA.map((criterion) => ({ criterion, weight: Number(values[criterion]) })),
              },
            })
          }
          onClose={done}
        >
          <Typography.Paragraph type="secondary">{t('ranking.weightsRule')}</Typography.Paragraph>
          {CRITERIA.map((c) => (
            <Form.Item key={c} name={c} label={t(`rankingCriteria.${c}`)} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
            </Form.Item>
          ))}
        </EntityFormModal>
      )}
      {dialog === 'publish' && setup && (
        <EntityFormModal<object>
          name="ranking-publish"
          title={t('ranking.publishTitle', { year })}
          namespace="evaluation"
          okText={t('ranking.publish')}
          successMessage={t('ranking.publishedToast')}
          onSubmit={() => publish({ variables: { year, version: setup.version } })}
          onClose={done}
        >
          <Typography.Paragraph>{t('ranking.publishWarning')}</Typography.Paragraph>
        </EntityFormModal>
      )}
    </Space>
  );
}
