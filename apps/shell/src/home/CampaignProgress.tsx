import { useLazyQuery } from '@apollo/client/react';
import { Button, Card, Progress, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { SimpleBarChart, formatDay } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { CampaignDailyDocument, type DashboardCampaign } from './operations';

const number = (n: number | null, lang: string) =>
  n === null ? '—' : n.toLocaleString(lang === 'vi' ? 'vi-VN' : lang);

/** A running campaign: progress of each metric against its target, who has not reported, charts on demand. */
export function CampaignProgress({ campaign }: { campaign: DashboardCampaign }) {
  const { t, i18n } = useTranslation('dashboard');
  const [loadDaily, daily] = useLazyQuery(CampaignDailyDocument);
  const lang = i18n.language;
  return (
    <Card data-testid={`campaign-${campaign.id}`} style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <Link to={`/campaigns/${campaign.id}`}>{campaign.title}</Link>
      </Typography.Title>
      <Typography.Paragraph type="secondary">{`${formatDay(campaign.startsOn)} – ${formatDay(campaign.endsOn)}`}</Typography.Paragraph>
      {campaign.metrics.map((m) => (
        <div key={m.code} data-testid={`metric-${m.code}`} style={{ marginBottom: 8 }}>
          <Typography.Text>{m.name}: </Typography.Text>
          <Typography.Text strong data-testid={`metric-${m.code}-total`}>
            {number(m.total, lang)}
          </Typography.Text>
          {m.target !== null && (
            <Typography.Text type="secondary">
              {' '}
              / {number(m.target, lang)} {m.unitOfMeasure}
            </Typography.Text>
          )}
          {m.progress !== null && (
            <Progress percent={Math.round(m.progress * 100)} size="small" strokeColor="#c8102e" />
          )}
        </div>
      ))}
      <Space wrap style={{ marginTop: 8 }} data-testid="not-reported">
        <Typography.Text type={campaign.unitsNotReported.length ? 'danger' : 'success'}>
          {t('notReportedToday', { n: campaign.unitsNotReported.length })}
        </Typography.Text>
        {campaign.unitsNotReported.map((u) => (
          <Tag key={u.id} color="red">
            <Link to={`/campaigns/${campaign.id}?unitId=${u.id}`}>{u.name}</Link>
          </Tag>
        ))}
      </Space>
      <div style={{ marginTop: 12 }}>
        {!daily.called && (
          <Button
            onClick={() => void loadDaily({ variables: { id: campaign.id } })}
            data-testid="show-charts"
          >
            {t('showCharts')}
          </Button>
        )}
        {daily.data?.campaign?.metrics.map((m) => {
          const meta = campaign.metrics.find((x) => x.code === m.code);
          const ranking = daily.data?.campaignReport.find((l) => l.metricCode === m.code)?.byUnit ?? [];
          return (
            <div key={m.code} style={{ marginTop: 16 }} data-testid={`chart-${m.code}`}>
              <Typography.Title level={5}>{meta?.name}</Typography.Title>
              <SimpleBarChart
                data={m.daily.slice(-14).map((d) => ({ label: formatDay(d.day), value: d.value ?? 0 }))}
              />
              <Typography.Text type="secondary">{t('ranking')}</Typography.Text>
              <SimpleBarChart
                data={[...ranking]
                  .filter((r) => r.total !== null)
                  .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
                  .map((r) => ({ label: r.unit?.name ?? '—', value: r.total ?? 0 }))}
              />
            </div>
          );
        })}
      </div>
    </Card>
  );
}
