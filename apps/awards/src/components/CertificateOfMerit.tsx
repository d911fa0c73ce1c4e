import { AdministrativeHeader, SignatureBlock, placeAndDate } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import type { CertificateQuery } from '../graphql/generated/graphql';

type Honour = NonNullable<CertificateQuery['nomination']>;

/**
 * A certificate of merit (Giấy khen / Bằng khen) in administrative form, A4 landscape: issuer and
 * decision number, motto, place-and-date line, the honoured collective or individual, wording
 * built from the achievements (never the round's title), the signer's title and name.
 */
export function CertificateOfMerit({ honour }: { honour: Honour }) {
  const { t } = useTranslation('awards');
  const { language } = useLanguage();
  const person = honour.nomineePerson;
  const round = honour.round;
  const issuingBody = round.issuingBody ?? round.organizerUnit?.name ?? '';
  return (
    <div
      style={{
        border: '6px double #b8860b',
        padding: '28px 40px',
        fontFamily: "'Times New Roman', 'Noto Naskh Arabic', serif",
      }}
      data-testid="certificate"
    >
      <AdministrativeHeader
        issuingBody={issuingBody}
        number={
          <>
            {t('certificate.numberLabel')}: <bdi dir="ltr">{honour.decisionNo}</bdi>
          </>
        }
        nation={t('certificate.country')}
        motto={t('certificate.motto')}
        placeDate={placeAndDate(round.place ?? '', honour.decidedOn ?? '', language)}
      />
      <div style={{ textAlign: 'center', marginTop: 20 }}>
        <div style={{ fontWeight: 'bold', textTransform: 'uppercase' }}>
          {round.signerTitle?.split('\n').at(-1) ?? ''} {issuingBody}
        </div>
        <h1 style={{ color: '#b22222', letterSpacing: 4, margin: '12px 0 8px', fontSize: 36 }}>
          {t(`awardKind.heading.${round.awardKind}`)}
        </h1>
        <p style={{ margin: 0 }}>{t('certificate.awardedTo')}</p>
        <h2 style={{ margin: '8px 0' }}>
          {honour.kind === 'COLLECTIVE' ? t('certificate.collective') : t('certificate.individual')}{' '}
          {honour.nomineeName}
        </h2>
        {person && (
          <p style={{ margin: 0 }}>{[person.position, person.unit.name].filter(Boolean).join(' — ')}</p>
        )}
        <p style={{ marginTop: 16, fontSize: '1.1em' }} data-testid="citation">
          {t('certificate.forAchievements', { wording: honour.certificateWording })}
        </p>
      </div>
      {round.signerTitle && round.signerName && (
        <SignatureBlock title={round.signerTitle} name={round.signerName} />
      )}
    </div>
  );
}
