import { useQuery } from '@apollo/client/react';
import type { CSSProperties } from 'react';
import { useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PrintLayout, todayInVietnam } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber } from '../components/categories';
import { issuingBody, placeName } from '../components/issuer';
import { DonorThankYouLetterDocument } from '../graphql/generated/graphql';

const center: CSSProperties = { textAlign: 'center' };
const cell: CSSProperties = { border: '1px solid #000', padding: 4, textAlign: 'start' };

/** A thank-you letter (thư cảm ơn) to a donor: what they gave and which teams received what, in administrative form. */
export function ThankYouLetterPage() {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DonorThankYouLetterDocument, {
    variables: { donorId: id },
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  const letter = data?.donorThankYouLetter;
  if (!letter) return <EmptyState description={t('letter.notFound')} />;
  const issuerUnit = letter.donations[0]?.holder?.name ?? '';
  const [year, month, day] = todayInVietnam().split('-');
  const given = letter.given
    .map(
      (g) =>
        `${formatNumber(g.quantity, language)} ${t(`categories.${g.category}`).toLocaleLowerCase(language)}`,
    )
    .join(', ');
  return (
    <PrintLayout title={`${t('letter.title')} — ${letter.donor.name}`}>
      <article data-testid="thank-you-letter">
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 24 }}>
          <div style={{ ...center, minWidth: 220 }}>
            <strong>{issuerUnit ? issuingBody(issuerUnit) : ''}</strong>
            <div style={{ width: 80, borderTop: '1px solid #000', margin: '2px auto' }} />
          </div>
          <div style={center}>
            <strong>{t('record.country')}</strong>
            <div>
              <strong>{t('record.motto')}</strong>
            </div>
            <div style={{ width: 160, borderTop: '1px solid #000', margin: '2px auto' }} />
          </div>
        </div>
        <p style={{ textAlign: 'end', fontStyle: 'italic', marginTop: 12 }}>
          {t('record.placeDate', { place: placeName(issuerUnit), day, month, year })}
        </p>
        <h2 style={{ ...center, margin: '16px 0 4px' }}>{t('letter.title')}</h2>
        <p>{t('letter.to', { donor: letter.donor.name })}</p>
        <p>{t('letter.body', { given, value: formatNumber(letter.estimatedValueVnd, language) })}</p>
        {letter.placements.length > 0 && (
          <>
            <p>{t('letter.became')}</p>
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  {['team', 'category', 'quantity', 'serials'].map((k) => (
                    <th key={k} style={cell}>
                      {t(`letter.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {letter.placements.map((p) => (
                  <tr key={`${p.team.id}-${p.category}`}>
                    <td style={cell}>{p.team.name}</td>
                    <td style={cell}>{t(`categories.${p.category}`)}</td>
                    <td style={{ ...cell, textAlign: 'end' }}>{formatNumber(p.quantity, language)}</td>
                    <td style={cell}>
                      <bdi>{p.serialNumbers.join(', ')}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <p style={{ marginTop: 16 }}>{t('letter.closing')}</p>
        <div style={{ ...center, marginInlineStart: '50%', marginTop: 24 }}>
          <strong>{t('letter.signer')}</strong>
          <div style={{ fontStyle: 'italic' }}>{t('record.signHint')}</div>
          <div style={{ height: 80 }} />
        </div>
      </article>
    </PrintLayout>
  );
}
