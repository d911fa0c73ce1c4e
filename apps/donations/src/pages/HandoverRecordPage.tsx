import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PrintLayout } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { HandoverDocument } from '../components/HandoverDocument';
import { HandoverRecordDocument } from '../graphql/generated/graphql';
import { AcceptanceForm } from '../stores/AcceptanceForm';

/** One handover's printable record, in the reader's language, and the recipient's acceptance (not printed). */
export function HandoverRecordPage() {
  const { t } = useTranslation('donations');
  const { hasAnyRole } = useSession();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HandoverRecordDocument, { variables: { id } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  const handover = data?.handover;
  if (!handover) return <EmptyState description={t('record.notFound')} />;
  return (
    <>
      <PrintLayout title={`${t('record.title')} ${handover.recordNo}`}>
        <HandoverDocument handover={handover} />
      </PrintLayout>
      {handover.status === 'ACTIVE' && !handover.acceptedBy && hasAnyRole('DONATIONS_OFFICER') && (
        <AcceptanceForm
          handoverId={handover.id}
          recipientUnitId={handover.recipient.id}
          receivedById={handover.receivedBy?.id}
        />
      )}
    </>
  );
}
