import { useQuery } from '@apollo/client/react';
import { Space } from 'antd';
import { useParams } from 'react-router';
import { DeskLink, EmptyState, ErrorState, LoadingState, PrintLayout } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { HonoursAnnouncement } from '../components/HonoursAnnouncement';
import { HonoursDocument } from '../graphql/generated/graphql';

/** A round's honours list, printable as the public announcement; each honour links to its certificate. */
export function HonoursPage() {
  const { t } = useTranslation('awards');
  const { roundId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HonoursDocument, { variables: { roundId } });
  if (loading && !data) return <LoadingState />;
  if (error || !data?.awardRound) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const round = data.awardRound;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <DeskLink to={`rounds/${round.id}`}>{round.title}</DeskLink>
      {data.honours.length === 0 ? (
        <EmptyState description={t('honours.empty')} />
      ) : (
        <PrintLayout title={`${t('honours.title')} – ${round.title}`}>
          <HonoursAnnouncement round={round} honours={data.honours} withLinks />
        </PrintLayout>
      )}
    </Space>
  );
}
