import { useQuery } from '@apollo/client/react';
import { Button, Space } from 'antd';
import type { CSSProperties } from 'react';
import { useParams } from 'react-router';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PrintLayout,
  downloadCsv,
  formatDay,
  toCsv,
  todayInVietnam,
} from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber, percent } from '../components/format';
import { CampaignReportDocument, type CampaignReportQuery } from '../graphql/generated/graphql';

type Line = CampaignReportQuery['campaignReport'][number];
const center: CSSProperties = { textAlign: 'center' };
const cell: CSSProperties = { border: '1px solid #000', padding: '4px 6px' };

/** The closing report in Vietnamese administrative form: baseline → result per metric, per unit, points, volunteers. */
export function ReportPage() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation('campaigns');
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(CampaignReportDocument, {
    variables: { id: campaignId },
  });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const campaign = data?.campaign;
  if (!campaign) return <EmptyState description={t('notFound')} />;
  const lines = data.campaignReport;
  const units = lines[0]?.byUnit ?? [];
  const issuer = `UBND ${(campaign.unit?.name ?? '').toUpperCase()}`;
  const exportCsv = () => {
    const rows = lines.flatMap((l) => [
      { line: l, unit: t('report.whole'), total: l.total },
      ...l.byUnit.map((u) => ({ line: l, unit: u.unit?.name ?? '', total: u.total })),
    ]);
    const csv = toCsv(rows, [
      { title: t('report.metric'), value: (r) => r.line.name },
      { title: t('fields.unit'), value: (r) => r.unit },
      { title: t('report.baseline'), value: (r) => r.line.baseline },
      { title: t('report.target'), value: (r) => r.line.target },
      { title: t('report.result'), value: (r) => r.total },
      { title: t('report.unitOfMeasure'), value: (r) => r.line.unitOfMeasure },
    ]);
    downloadCsv(`bao-cao-chien-dich-${campaign.id}.csv`, csv);
  };
  const resultOf = (l: Line) => `${formatNumber(l.baseline, language)} → ${formatNumber(l.total, language)}`;
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={exportCsv} data-testid="export-csv">
          {t('report.csv')}
        </Button>
      </Space>
      <PrintLayout title={t('report.title')} orientation="landscape">
        <article data-testid="campaign-report">
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 24 }}>
            <div style={center}>
              <div>{issuer}</div>
              <div>
                <bdi>{t('report.number', { id: campaign.id })}</bdi>
              </div>
            </div>
            <div style={center}>
              <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
              <div style={{ textDecoration: 'underline' }}>Độc lập - Tự do - Hạnh phúc</div>
              <div style={{ fontStyle: 'italic', marginTop: 8 }}>
                {t('report.placeDate', {
                  place: campaign.unit?.name ?? '',
                  date: formatDay(todayInVietnam(), language),
                })}
              </div>
            </div>
          </div>
          <h2 style={{ ...center, margin: '24px 0 4px' }}>{t('report.title')}</h2>
          <p style={center}>
            <strong>{campaign.title}</strong>
            <br />
            {formatDay(campaign.startsOn, language)} – {formatDay(campaign.endsOn, language)}
          </p>
          <h3>{t('report.results')}</h3>
          <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="report-results">
            <thead>
              <tr>
                <th style={cell}>{t('report.metric')}</th>
                <th style={cell}>{t('report.baselineToResult')}</th>
                <th style={cell}>{t('report.target')}</th>
                <th style={cell}>{t('report.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.metricCode} data-testid={`report-line-${l.metricCode}`}>
                  <td style={cell}>
                    {l.name} ({l.unitOfMeasure})
                  </td>
                  <td style={cell}>{resultOf(l)}</td>
                  <td style={cell}>{formatNumber(l.target, language)}</td>
                  <td style={cell}>{percent(l.progress) === null ? '—' : `${percent(l.progress)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('report.byUnit')}</h3>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={cell}>{t('fields.unit')}</th>
                {lines.map((l) => (
                  <th key={l.metricCode} style={cell}>
                    {l.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {units.map((u, i) => (
                <tr key={u.unit?.id ?? i}>
                  <td style={cell}>{u.unit?.name ?? '—'}</td>
                  {lines.map((l) => (
                    <td key={l.metricCode} style={cell}>
                      {formatNumber(l.byUnit[i]?.total, language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('points.title', { n: campaign.points.length })}</h3>
          <ol>
            {campaign.points.map((p) => (
              <li key={p.id}>{[p.name, p.address, p.partner, p.openingHours].filter(Boolean).join(' — ')}</li>
            ))}
          </ol>
          <h3>{t('volunteers.title', { n: campaign.volunteers.length })}</h3>
          <ol>
            {campaign.volunteers.map((v) => (
              <li key={v.id}>
                {v.person?.fullName ?? '—'} — {v.role} ({v.unit?.name ?? ''})
              </li>
            ))}
          </ol>
          <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 32 }}>
            <div style={{ ...center, minWidth: 260, whiteSpace: 'pre-line' }}>
              <strong>{t('report.signerTitle')}</strong>
              <div style={{ fontStyle: 'italic' }}>{t('report.signHint')}</div>
              <div style={{ height: 80 }} />
            </div>
          </div>
        </article>
      </PrintLayout>
    </div>
  );
}
