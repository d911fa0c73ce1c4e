import { EnvironmentOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, List, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useSession } from '@dx/graphql-client';
import { DeskButtonLink, EmptyState, ErrorState, LoadingState, formatDay } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { StatusTag } from '../components/StatusTag';
import { SupportPointFormModal } from '../components/SupportPointFormModal';
import { VolunteerFormModal } from '../components/VolunteerFormModal';
import { formatNumber, percent } from '../components/format';
import { CampaignDetailDocument, CampaignTalliesDocument } from '../graphql/generated/graphql';

/** A campaign: its metrics against target, points, volunteers, who has not reported, and the figures. */
export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const [search] = useSearchParams();
  const unitId = search.get('unitId');
  const { t } = useTranslation('campaigns');
  const { language } = useLanguage();
  const { hasAnyRole } = useSession();
  const canSetUp = hasAnyRole('SECRETARIAT');
  const [adding, setAdding] = useState<'point' | 'volunteer' | null>(null);
  const detail = useQuery(CampaignDetailDocument, { variables: { id: campaignId } });
  const tallies = useQuery(CampaignTalliesDocument, { variables: { campaignId, unitId, first: 100 } });
  if (detail.loading && !detail.data) return <LoadingState />;
  if (detail.error) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const campaign = detail.data?.campaign;
  if (!campaign) return <EmptyState description={t('notFound')} />;
  const metricName = (code: string) => campaign.metrics.find((m) => m.code === code)?.name ?? code;
  return (
    <div data-testid="campaign-page">
      <Typography.Title level={3}>{campaign.title}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <StatusTag status={campaign.status} />
        <span>
          {campaign.unit?.name} · {formatDay(campaign.startsOn, language)} –{' '}
          {formatDay(campaign.endsOn, language)}
        </span>
        {campaign.status === 'RUNNING' && (
          <DeskButtonLink
            to={`${campaign.id}/entry`}
            type="primary"
            size="large"
            data-testid="open-quick-entry"
          >
            {t('entry.open')}
          </DeskButtonLink>
        )}
        <DeskButtonLink to={`${campaign.id}/report`} data-testid="open-report">
          {t('report.open')}
        </DeskButtonLink>
      </Space>
      {campaign.description && <Typography.Paragraph>{campaign.description}</Typography.Paragraph>}
      <Row gutter={[16, 16]}>
        {campaign.metrics.map((m) => (
          <Col key={m.code} xs={24} md={12} xl={8}>
            <Card size="small" title={m.name} data-testid={`metric-card-${m.code}`}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {formatNumber(m.total, language)} <small>{m.unitOfMeasure}</small>
              </Typography.Title>
              <Typography.Text type="secondary">
                {t('metric.baselineTarget', {
                  baseline: formatNumber(m.baseline, language),
                  target: formatNumber(m.target, language),
                })}
              </Typography.Text>
              {percent(m.progress) !== null && (
                <Progress percent={percent(m.progress)!} strokeColor="#c8102e" />
              )}
            </Card>
          </Col>
        ))}
      </Row>
      {campaign.status === 'RUNNING' && (
        <Card
          size="small"
          title={t('notReported')}
          style={{ marginTop: 16 }}
          data-testid="units-not-reported"
        >
          {campaign.unitsNotReported.length === 0
            ? t('allReported')
            : campaign.unitsNotReported.map((u) => (
                <Tag key={u.id} color="red">
                  {u.name}
                </Tag>
              ))}
        </Card>
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('points.title', { n: campaign.points.length })}
            data-testid="campaign-points"
            extra={
              canSetUp && (
                <Button size="small" icon={<EnvironmentOutlined />} onClick={() => setAdding('point')}>
                  {t('create.addPoint')}
                </Button>
              )
            }
          >
            <List
              dataSource={campaign.points}
              renderItem={(p) => (
                <List.Item>
                  <List.Item.Meta
                    title={p.name}
                    description={[p.address, p.partner, p.openingHours].filter(Boolean).join(' · ')}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('volunteers.title', { n: campaign.volunteers.length })}
            data-testid="campaign-volunteers"
            extra={
              canSetUp && (
                <Button size="small" icon={<UserAddOutlined />} onClick={() => setAdding('volunteer')}>
                  {t('create.addVolunteer')}
                </Button>
              )
            }
          >
            <List
              dataSource={campaign.volunteers}
              renderItem={(v) => (
                <List.Item>
                  <List.Item.Meta
                    title={v.person?.fullName ?? '—'}
                    description={[v.role, v.unit?.name, v.point?.name].filter(Boolean).join(' · ')}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t('tallies.title', { n: tallies.data?.campaignTallies.totalCount ?? 0 })}
      </Typography.Title>
      <Descriptions size="small" />
      <Table
        data-testid="tallies"
        rowKey="id"
        size="small"
        loading={tallies.loading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={tallies.data?.campaignTallies.nodes ?? []}
        columns={[
          { title: t('fields.day'), render: (_: unknown, r) => formatDay(r.day, language) },
          { title: t('fields.unit'), render: (_: unknown, r) => r.unit?.name ?? '—' },
          { title: t('fields.point'), render: (_: unknown, r) => r.point?.name ?? '—' },
          { title: t('fields.metric'), render: (_: unknown, r) => metricName(r.metricCode) },
          {
            title: t('fields.value'),
            align: 'end' as const,
            render: (_: unknown, r) => formatNumber(r.value, language),
          },
        ]}
      />
      {adding === 'point' && (
        <SupportPointFormModal campaignId={campaign.id} onClose={() => setAdding(null)} />
      )}
      {adding === 'volunteer' && (
        <VolunteerFormModal
          campaignId={campaign.id}
          points={campaign.points}
          onClose={() => setAdding(null)}
        />
      )}
    </div>
  );
}
