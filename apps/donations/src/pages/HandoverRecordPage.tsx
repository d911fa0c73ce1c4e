import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PrintLayout } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { HandoverDocument } from '../components/HandoverDocument';
import { HandoverRecordDocument } from '../graphql/generated/graphql';

/** One handover's printable record, in the reader's language. */
export function HandoverRecordPage() {
  const { t } = useTranslation('donations');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HandoverRecordDocument, { variables: { id } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  if (!data?.handover) return <EmptyState description={t('record.notFound')} />;
  return (
    <PrintLayout title={`${t('record.title')} ${data.handover.recordNo}`}>
      <HandoverDocument handover={data.handover} />
    </PrintLayout>
  );
}
