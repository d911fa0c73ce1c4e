import { useQuery } from '@apollo/client/react';
import { Alert, Space } from 'antd';
import { useParams } from 'react-router';
import { DeskLink, ErrorState, LoadingState, PrintLayout } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { CertificateOfMerit } from '../components/CertificateOfMerit';
import { CertificateDocument } from '../graphql/generated/graphql';

export function CertificatePage() {
  const { t } = useTranslation('awards');
  const { nominationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CertificateDocument, {
    variables: { id: nominationId },
  });
  if (loading && !data) return <LoadingState />;
  if (error || !data?.nomination) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const honour = data.nomination;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <DeskLink to={`rounds/${honour.round.id}/honours`}>{t('certificate.back')}</DeskLink>
      {honour.status !== 'APPROVED' ? (
        <Alert type="warning" showIcon title={t('certificate.notApproved')} />
      ) : (
        <PrintLayout
          title={t('certificate.documentTitle', { name: honour.nomineeName })}
          orientation="landscape"
        >
          <CertificateOfMerit honour={honour} />
        </PrintLayout>
      )}
    </Space>
  );
}
