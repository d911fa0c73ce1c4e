import { useQuery } from '@apollo/client/react';
import { Card, Space, Table, Tag, Typography } from 'antd';
import { DeskLink, EmptyState, ErrorState, formatDay, LoadingState } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { useSession } from '@dx/graphql-client';
import { AddMemberButton, NewCommitteeButton } from '../components/CommitteeSetup';
import { CommitteesDocument } from '../graphql/generated/graphql';

/** The steering committee: its members and their responsibilities, its documents and work programs. */
export function CommitteePage() {
  const { t } = useTranslation('tasks');
  const { data, loading, error, refetch } = useQuery(CommitteesDocument);
  const { hasAnyRole } = useSession();
  const secretariat = hasAnyRole('SECRETARIAT');
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const committees = data?.committees.nodes ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {secretariat && <NewCommitteeButton onSaved={() => void refetch()} />}
      {committees.length === 0 && <EmptyState description={t('committee.none')} />}
      {committees.map((c) => (
        <Card
          key={c.id}
          title={c.name}
          extra={
            <span>
              {c.unit?.name} ·{' '}
              <DeskLink to={`committee/${c.id}/documents`}>{t('committeeDesk.open')}</DeskLink>
            </span>
          }
          data-testid="committee"
        >
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={5}>{t('committee.members')}</Typography.Title>
            {secretariat && (
              <AddMemberButton
                committeeId={c.id}
                decisions={c.documents.filter((d) => d.kind === 'DECISION')}
                onSaved={() => void refetch()}
              />
            )}
          </Space>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={c.members}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('committee.role'),
                key: 'role',
                render: (_, m) => (
                  <Tag color={m.role === 'CHAIR' ? 'red' : m.role === 'VICE_CHAIR' ? 'volcano' : 'default'}>
                    {t(`roles.${m.role}`, { defaultValue: m.role })}
                  </Tag>
                ),
              },
              { title: t('committee.person'), key: 'person', render: (_, m) => m.person?.fullName ?? '—' },
              { title: t('committee.position'), key: 'position', render: (_, m) => m.person?.position ?? '' },
              {
                title: t('committee.responsibilities'),
                dataIndex: 'responsibilities',
                key: 'responsibilities',
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('committee.documents')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={c.documents}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('committee.number'), key: 'number', render: (_, d) => <bdi>{d.number}</bdi> },
              {
                title: t('committee.issuedOn'),
                key: 'issuedOn',
                render: (_, d) => <bdi>{formatDay(d.issuedOn)}</bdi>,
              },
              { title: t('committee.kind'), key: 'kind', render: (_, d) => t(`documentKinds.${d.kind}`) },
              {
                title: t('committee.documentTitle'),
                key: 'title',
                render: (_, d) => (d.url ? <a href={d.url}>{d.title}</a> : d.title),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('committee.programs')}
          </Typography.Title>
          <ul>
            {c.workPrograms.map((p) => (
              <li key={p.id}>
                <bdi>{p.year}</bdi> — {p.title}
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </Space>
  );
}
