import { useQuery } from '@apollo/client/react';
import { Alert, Space } from 'antd';
import { useParams } from 'react-router';
import {
  AdministrativeHeader,
  DeskLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PrintLayout,
  SignatureBlock,
  placeAndDate,
} from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { HonoursDocument } from '../graphql/generated/graphql';

/**
 * The commendation decision (Quyết định khen thưởng) in administrative form: motto block, number and
 * date, the legal grounds, the articles, the signer, and the approved list attached as an annex.
 */
export function DecisionPage() {
  const { t } = useTranslation('awards');
  const { language } = useLanguage();
  const { roundId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HonoursDocument, { variables: { roundId } });
  if (loading && !data) return <LoadingState />;
  if (error || !data?.awardRound) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const round = data.awardRound;
  const honours = data.honours;
  if (honours.length === 0) return <EmptyState description={t('decision.none')} />;
  const first = honours[0];
  const collectives = honours.filter((h) => h.kind === 'COLLECTIVE');
  const individuals = honours.filter((h) => h.kind === 'INDIVIDUAL');
  const issuingBody = round.issuingBody ?? round.organizerUnit?.name ?? '';
  const award = t(`awardKind.${round.awardKind}`);
  const numbers = [...new Set(honours.map((h) => h.decisionNo))];
  const row = (h: (typeof honours)[number], i: number) => (
    <tr key={h.id}>
      <td style={{ textAlign: 'center' }}>{i + 1}</td>
      <td>{h.nomineeName}</td>
      <td>{h.certificateWording}</td>
    </tr>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <DeskLink to={`rounds/${round.id}`}>{round.title}</DeskLink>
      {numbers.length > 1 && (
        <Alert
          type="warning"
          showIcon
          title={t('decision.severalNumbers', { numbers: numbers.join(', ') })}
        />
      )}
      <PrintLayout title={t('decision.title', { number: first.decisionNo })}>
        <div
          data-testid="decision"
          style={{ fontFamily: "'Times New Roman', 'Noto Naskh Arabic', serif", lineHeight: 1.5 }}
        >
          <AdministrativeHeader
            issuingBody={issuingBody}
            number={
              <>
                {t('certificate.numberLabel')}: <bdi dir="ltr">{first.decisionNo}</bdi>
              </>
            }
            nation={t('certificate.country')}
            motto={t('certificate.motto')}
            placeDate={placeAndDate(round.place ?? '', first.decidedOn ?? '', language)}
          />
          <h2 style={{ textAlign: 'center', margin: '24px 0 0' }}>{t('decision.heading')}</h2>
          <p style={{ textAlign: 'center', fontWeight: 'bold', margin: 0 }}>
            {t('decision.subject', { award, round: round.title })}
          </p>
          <p style={{ textAlign: 'center', fontWeight: 'bold', textTransform: 'uppercase', marginTop: 16 }}>
            {round.signerTitle?.split('\n').at(-1)} {issuingBody}
          </p>
          {(round.legalGrounds ?? '')
            .split('\n')
            .filter(Boolean)
            .map((line) => (
              <p key={line} style={{ fontStyle: 'italic', margin: '4px 0' }}>
                {line}
              </p>
            ))}
          <p style={{ textAlign: 'center', fontWeight: 'bold', marginTop: 16 }}>{t('decision.decides')}</p>
          <p>
            <strong>{t('decision.article', { n: 1 })}</strong>{' '}
            {t('decision.article1', {
              award,
              collectives: collectives.length,
              individuals: individuals.length,
              round: round.title,
            })}
          </p>
          <p>
            <strong>{t('decision.article', { n: 2 })}</strong> {t('decision.article2')}
          </p>
          <p>
            <strong>{t('decision.article', { n: 3 })}</strong> {t('decision.article3')}
          </p>
          {round.signerTitle && round.signerName && (
            <SignatureBlock title={round.signerTitle} name={round.signerName} />
          )}
          <div style={{ breakBefore: 'page', marginTop: 32 }}>
            <h3 style={{ textAlign: 'center', margin: 0 }}>{t('decision.annex')}</h3>
            <p style={{ textAlign: 'center', fontStyle: 'italic', marginTop: 0 }}>
              {t('decision.annexOf', { number: first.decisionNo })}
            </p>
            {[
              [t('decision.collectives'), collectives],
              [t('decision.individuals'), individuals],
            ].map(([label, list]) =>
              (list as typeof honours).length ? (
                <div key={label as string}>
                  <h4>{label as string}</h4>
                  <table data-testid="annex">
                    <thead>
                      <tr>
                        <th>{t('decision.no')}</th>
                        <th>{t('decision.name')}</th>
                        <th>{t('decision.achievement')}</th>
                      </tr>
                    </thead>
                    <tbody>{(list as typeof honours).map(row)}</tbody>
                  </table>
                </div>
              ) : null,
            )}
          </div>
        </div>
      </PrintLayout>
    </Space>
  );
}
