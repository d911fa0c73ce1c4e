import { useQuery } from '@apollo/client/react';
import { Alert, Space } from 'antd';
import { useParams } from 'react-router';
import {
  AdministrativeHeader,
  EmptyState,
  ErrorState,
  LoadingState,
  PrintLayout,
  SignatureBlock,
  placeAndDate,
  vietnamDay,
} from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { useFormat } from '../components/format';
import { EnrolmentCertificateDocument } from '../graphql/generated/graphql';

/**
 * A certificate of completion in Vietnamese administrative form, A4 landscape: issuing body and
 * number, national motto, place-and-date line, the course and its dates, the signer's title and
 * name (configured per issuing unit), in the reader's language.
 */
export function CertificatePage() {
  const { enrolmentId = '' } = useParams();
  const { t } = useTranslation('training');
  const { language } = useLanguage();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(EnrolmentCertificateDocument, {
    variables: { id: enrolmentId },
  });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const enrolment = data?.enrolment;
  const certificate = enrolment?.certificate;
  if (!enrolment || !certificate) return <EmptyState description={t('certificate.none')} />;
  const { session } = enrolment;
  const issuer = certificate.issuer;
  const startDay = vietnamDay(session.startsAt);
  const endDay = vietnamDay(session.endsAt);
  const dates =
    startDay === endDay
      ? format.date(session.startsAt)
      : t('certificate.fromTo', { from: format.date(session.startsAt), to: format.date(session.endsAt) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {!issuer && <Alert type="warning" showIcon title={t('certificate.noIssuer')} />}
      <PrintLayout title={t('certificate.title')} orientation="landscape">
        <div
          data-testid="certificate"
          style={{
            border: '6px double #c8102e',
            padding: '28px 40px',
            fontFamily: "'Times New Roman', 'Noto Naskh Arabic', serif",
          }}
        >
          <AdministrativeHeader
            parentBody={issuer?.parentBody}
            issuingBody={issuer?.issuingBody ?? ''}
            number={
              <>
                {t('certificate.numberShort')}: <bdi dir="ltr">{certificate.number}</bdi>
              </>
            }
            nation={t('certificate.nation')}
            motto={t('certificate.motto')}
            placeDate={placeAndDate(issuer?.place ?? '', vietnamDay(certificate.issuedAt), language)}
          />
          <div style={{ textAlign: 'center', marginTop: 24 }}>
            <h1 style={{ color: '#c8102e', fontSize: 34, margin: '0 0 16px', letterSpacing: 2 }}>
              {t('certificate.heading')}
            </h1>
            <p style={{ margin: 0 }}>{t('certificate.certifies')}</p>
            <h2 style={{ fontSize: 26, margin: '6px 0' }}>{enrolment.person?.fullName}</h2>
            <p style={{ margin: 0 }}>
              {[enrolment.person?.position, enrolment.person?.unit.name].filter(Boolean).join(' — ')}
            </p>
            <p style={{ margin: '16px 0 0' }}>{t('certificate.completed')}</p>
            <h3 style={{ fontSize: 22, margin: '6px 0' }}>{session.course.title}</h3>
            <p style={{ margin: 0 }} data-testid="course-dates">
              {t('certificate.heldAt', { date: dates, location: session.location })}
            </p>
          </div>
          {issuer && <SignatureBlock title={issuer.signerTitle} name={issuer.signerName} />}
        </div>
      </PrintLayout>
    </Space>
  );
}
