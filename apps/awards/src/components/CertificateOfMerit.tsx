import { useTranslation } from '@dx/i18n';
import type { CertificateQuery } from '../graphql/generated/graphql';
import { formatDay } from '@dx/design-system';

type Honour = NonNullable<CertificateQuery['nomination']>;

/** A certificate of merit (giấy khen) for one approved collective or individual, worded in the chosen language. */
export function CertificateOfMerit({ honour }: { honour: Honour }) {
  const { t } = useTranslation('awards');
  const person = honour.nomineePerson;
  return (
    <div style={{ border: '6px double #b8860b', padding: 32, textAlign: 'center' }} data-testid="certificate">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, fontSize: '0.95em' }}>
        <strong style={{ textTransform: 'uppercase' }}>{honour.round.organizerUnit?.name}</strong>
        <span>
          <strong>{t('certificate.country')}</strong>
          <br />
          <u>{t('certificate.motto')}</u>
        </span>
      </div>
      <h1 style={{ color: '#b22222', letterSpacing: 4, margin: '32px 0 8px' }}>{t('certificate.heading')}</h1>
      <p style={{ margin: 0 }}>{t('certificate.awardedTo')}</p>
      <h2 style={{ margin: '8px 0' }}>
        {honour.kind === 'COLLECTIVE' ? t('certificate.collective') : t('certificate.individual')} {honour.nomineeName}
      </h2>
      {person && <p style={{ margin: 0 }}>{[person.position, person.unit.name].filter(Boolean).join(' — ')}</p>}
      <p style={{ marginTop: 16 }}>{t('certificate.for')}</p>
      <p style={{ fontWeight: 'bold', fontSize: '1.1em' }}>{honour.round.title}</p>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 48, gap: 16 }}>
        <em>
          {t('certificate.decisionLabel')} <bdi dir="ltr">{honour.decisionNo}</bdi> {t('certificate.dateLabel')}{' '}
          <bdi dir="ltr">{formatDay(honour.decidedOn)}</bdi>
        </em>
        <strong>{t('certificate.signature')}</strong>
      </div>
    </div>
  );
}
