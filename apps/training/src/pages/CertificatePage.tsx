import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PrintLayout } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { useFormat } from '../components/format';
import { EnrolmentCertificateDocument } from '../graphql/generated/graphql';

/** A certificate of completion, printable on A4, in the language chosen in the shell. */
export function CertificatePage() {
  const { enrolmentId = '' } = useParams();
  const { t } = useTranslation('training');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(EnrolmentCertificateDocument, { variables: { id: enrolmentId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const enrolment = data?.enrolment;
  if (!enrolment?.certificateNo) return <EmptyState description={t('certificate.none')} />;
  const { session } = enrolment;
  return (
    <PrintLayout title={t('certificate.title')}>
      <div data-testid="certificate" style={{ border: '6px double #c8102e', padding: 40, textAlign: 'center', fontFamily: "'Times New Roman', 'Noto Naskh Arabic', serif" }}>
        <p style={{ margin: 0, fontWeight: 'bold', letterSpacing: 1 }}>{t('certificate.nation')}</p>
        <p style={{ marginTop: 0 }}>{t('certificate.motto')}</p>
        <h1 style={{ color: '#c8102e', fontSize: 32, marginBlock: 24 }}>{t('certificate.heading')}</h1>
        <p>{t('certificate.certifies')}</p>
        <h2 style={{ fontSize: 26, margin: '8px 0 16px' }}>{enrolment.person?.fullName}</h2>
        <p style={{ margin: 0 }}>{enrolment.person?.unit.name}</p>
        <p style={{ marginTop: 16 }}>{t('certificate.completed')}</p>
        <h3 style={{ fontSize: 20 }}>{session.course.title}</h3>
        <p>{t('certificate.heldAt', { date: format.date(session.startsAt), location: session.location })}</p>
        <p style={{ marginTop: 32 }}>
          {t('certificate.number')}: <bdi style={{ fontFamily: 'monospace' }}>{enrolment.certificateNo}</bdi>
        </p>
        {enrolment.completedAt && <p>{t('certificate.issuedOn', { date: format.date(enrolment.completedAt) })}</p>}
        {session.trainer && <p style={{ marginTop: 32 }}>{t('certificate.trainer', { name: session.trainer })}</p>}
      </div>
    </PrintLayout>
  );
}
