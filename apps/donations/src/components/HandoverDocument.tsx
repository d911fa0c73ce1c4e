import type { CSSProperties } from 'react';
import { useLanguage, useTranslation } from '@dx/i18n';
import type { HandoverRecordQuery } from '../graphql/generated/graphql';
import { formatNumber } from './categories';
import { formatDay } from '@dx/design-system';

type Record = NonNullable<HandoverRecordQuery['handover']>;
type Party = { fullName: string; position?: string | null } | null | undefined;

const center: CSSProperties = { textAlign: 'center' };
const row: CSSProperties = { display: 'flex', justifyContent: 'space-between', gap: 24 };

/** The handover record (biên bản bàn giao) as both sides sign it; inline styles so it prints the same. */
export function HandoverDocument({ handover }: { handover: Record }) {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const giver = handover.giver?.name ?? t('record.centralStore');
  const total = handover.items.reduce((sum, i) => sum + i.quantity, 0);
  const party = (title: string, person: Party) => (
    <div style={{ marginBottom: 8 }}>
      <strong>{title}</strong>
      {person && <div style={{ paddingInlineStart: 24 }}>{t('record.representative', { name: person.fullName })}</div>}
      {person?.position && <div style={{ paddingInlineStart: 24 }}>{t('record.position', { position: person.position })}</div>}
    </div>
  );
  const signature = (title: string, person: Party) => (
    <div style={{ ...center, flex: 1 }}>
      <strong>{title}</strong>
      <div style={{ fontStyle: 'italic' }}>{t('record.signHint')}</div>
      <div style={{ height: 80 }} />
      <strong>{person?.fullName ?? ''}</strong>
    </div>
  );
  return (
    <article data-testid="handover-record">
      <div style={row}>
        <div style={center}>
          <div>{giver.toUpperCase()}</div>
          <div>
            <bdi>{t('record.number', { recordNo: handover.recordNo })}</bdi>
          </div>
        </div>
        <div style={center}>
          <strong>{t('record.country')}</strong>
          <div style={{ textDecoration: 'underline' }}>{t('record.motto')}</div>
        </div>
      </div>
      <h2 style={{ ...center, margin: '24px 0 4px' }}>{t('record.title')}</h2>
      {handover.status === 'VOIDED' && (
        <p style={{ ...center, color: '#c00', fontWeight: 700 }}>
          {t('record.voided', { date: handover.voidedAt ? formatDay(handover.voidedAt, language) : '', reason: handover.voidReason })}
        </p>
      )}
      <p>{t('record.intro', { date: formatDay(handover.handedOverAt, language) })}</p>
      {party(t('record.giverParty', { unit: giver }), handover.handedOverBy)}
      {party(t('record.receiverParty', { unit: handover.recipient.name }), handover.receivedBy)}
      {handover.witness && party(t('record.witnessParty'), handover.witness)}
      <p>{t('record.agreed')}</p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {['no', 'item', 'category', 'quantity', 'serials'].map((key) => (
              <th key={key} style={{ border: '1px solid #000', padding: 4, textAlign: 'start' }}>
                {t(`record.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {handover.items.map((item, i) => (
            <tr key={`${item.category}-${i}`}>
              <td style={{ border: '1px solid #000', padding: 4 }}>{formatNumber(i + 1, language)}</td>
              <td style={{ border: '1px solid #000', padding: 4 }}>{item.description ?? t(`categories.${item.category}`)}</td>
              <td style={{ border: '1px solid #000', padding: 4 }}>{t(`categories.${item.category}`)}</td>
              <td style={{ border: '1px solid #000', padding: 4, textAlign: 'end' }}>{formatNumber(item.quantity, language)}</td>
              <td style={{ border: '1px solid #000', padding: 4 }}>
                <bdi>{item.serialNumbers.join(', ')}</bdi>
              </td>
            </tr>
          ))}
          <tr>
            <td colSpan={3} style={{ border: '1px solid #000', padding: 4, fontWeight: 700 }}>
              {t('record.total')}
            </td>
            <td style={{ border: '1px solid #000', padding: 4, textAlign: 'end', fontWeight: 700 }}>{formatNumber(total, language)}</td>
            <td style={{ border: '1px solid #000', padding: 4 }} />
          </tr>
        </tbody>
      </table>
      {handover.note && <p style={{ fontStyle: 'italic' }}>{handover.note}</p>}
      <p>{t('record.closing')}</p>
      <div style={{ ...row, marginTop: 24 }}>
        {signature(t('record.giverSign'), handover.handedOverBy)}
        {signature(t('record.witnessSign'), handover.witness)}
        {signature(t('record.receiverSign'), handover.receivedBy)}
      </div>
    </article>
  );
}
