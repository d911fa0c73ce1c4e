import { useQuery } from '@apollo/client/react';
import { Card, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { DeskButtonLink, ErrorState, LoadingState } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { BackLink } from '../components/DirectionalArrow';
import { CommitteeDeskDocument } from '../graphql/generated/graphql';
import { CommitteeDocumentsPage } from './CommitteeDocumentsPage';
import { CommitteeMeetingsPage } from './CommitteeMeetingsPage';
import { CommitteeProgramsPage } from './CommitteeProgramsPage';

const SECTIONS = ['documents', 'programs', 'meetings'] as const;

/** One committee's desk: its document register, work programs and meetings, each at its own address. */
export function CommitteeDetailPage() {
  const { id = '', section = 'documents' } = useParams();
  const { t } = useTranslation('tasks');
  const { data, loading, error, refetch } = useQuery(CommitteeDeskDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const committee = data?.committee;
  if (loading && !committee) return <LoadingState />;
  if (error && !committee) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!committee) return <ErrorState error={new Error(t('committee.none'))} />;
  const changed = () => void refetch();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to="committee">{t('tabs.committee')}</BackLink>
      <Card title={<span data-testid="committee-name">{committee.name}</span>} extra={committee.unit?.name}>
        <Space wrap>
          {SECTIONS.map((s) => (
            <DeskButtonLink
              key={s}
              to={`committee/${committee.id}/${s}`}
              type={s === section ? 'primary' : 'default'}
            >
              {t(`committeeDesk.${s}`)}
            </DeskButtonLink>
          ))}
        </Space>
      </Card>
      <Typography.Title level={4}>{t(`committeeDesk.${section}`)}</Typography.Title>
      {section === 'documents' && <CommitteeDocumentsPage committee={committee} onChanged={changed} />}
      {section === 'programs' && <CommitteeProgramsPage committee={committee} onChanged={changed} />}
      {section === 'meetings' && <CommitteeMeetingsPage committee={committee} onChanged={changed} />}
    </Space>
  );
}
