import { AdministrativeHeader, DeskLink, SignatureBlock, placeAndDate } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import type { HonoursQuery } from '../graphql/generated/graphql';

type Honour = HonoursQuery['honours'][number];

const table = { width: '100%', borderCollapse: 'collapse' as const, marginBottom: 16 };
const cell = { border: '1px solid #999', padding: '4px 8px', textAlign: 'start' as const };
type Round = NonNullable<HonoursQuery['awardRound']>;

/**
 * The public announcement of a round's honours in administrative form: the issuing body and the
 * national motto, the place-and-date line (the day of the latest decision), collectives, then
 * individuals, with the decision numbers, and the round's signer.
 */
export function HonoursAnnouncement({
  round,
  honours,
  withLinks,
}: {
  round: Round;
  honours: Honour[];
  withLinks: boolean;
}) {
  const { t } = useTranslation('awards');
  const { language } = useLanguage();
  const collectives = honours.filter((h) => h.kind === 'COLLECTIVE');
  const individuals = honours.filter((h) => h.kind === 'INDIVIDUAL');
  const decisions = [...new Set(honours.map((h) => h.decisionNo).filter(Boolean))].join(', ');
  const lastDecided = honours
    .map((h) => h.decidedOn)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const certificate = (h: Honour) =>
    withLinks && <DeskLink to={`certificates/${h.id}`}>{t('honours.certificate')}</DeskLink>;
  return (
    <article>
      <AdministrativeHeader
        issuingBody={round.issuingBody ?? round.organizerUnit?.name ?? ''}
        nation={t('certificate.country')}
        motto={t('certificate.motto')}
        placeDate={
          lastDecided
            ? placeAndDate(round.place ?? round.organizerUnit?.name ?? '', lastDecided, language)
            : ''
        }
      />
      <h2 style={{ textAlign: 'center', textTransform: 'uppercase', marginBottom: 4, marginTop: 24 }}>
        {t('honours.announcement')}
      </h2>
      <h3 style={{ textAlign: 'center', marginTop: 0 }}>{t('honours.heading')}</h3>
      <p>{t('honours.intro', { round: round.title })}</p>
      {decisions && (
        <p>
          {t('honours.decisionsLabel')} <bdi dir="ltr">{decisions}</bdi>
        </p>
      )}
      <h4>{t('honours.collectives', { count: collectives.length })}</h4>
      <table data-testid="honours-collectives" style={table}>
        <thead>
          <tr>
            <th style={cell}>{t('honours.no')}</th>
            <th style={cell}>{t('honours.name')}</th>
            {withLinks && <th style={cell} />}
          </tr>
        </thead>
        <tbody>
          {collectives.map((h, i) => (
            <tr key={h.id}>
              <td style={cell}>{i + 1}</td>
              <td style={cell}>{h.nomineeName}</td>
              {withLinks && <td style={cell}>{certificate(h)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('honours.individuals', { count: individuals.length })}</h4>
      <table data-testid="honours-individuals" style={table}>
        <thead>
          <tr>
            <th style={cell}>{t('honours.no')}</th>
            <th style={cell}>{t('honours.name')}</th>
            <th style={cell}>{t('honours.position')}</th>
            <th style={cell}>{t('honours.unit')}</th>
            {withLinks && <th style={cell} />}
          </tr>
        </thead>
        <tbody>
          {individuals.map((h, i) => (
            <tr key={h.id}>
              <td style={cell}>{i + 1}</td>
              <td style={cell}>{h.nomineeName}</td>
              <td style={cell}>{h.nomineePerson?.position}</td>
              <td style={cell}>{h.nomineePerson?.unit.name}</td>
              {withLinks && <td style={cell}>{certificate(h)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {round.signerTitle && round.signerName && (
        <SignatureBlock title={round.signerTitle} name={round.signerName} />
      )}
    </article>
  );
}
