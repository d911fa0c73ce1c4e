import type { CSSProperties } from 'react';
import { useLanguage, useTranslation } from '@dx/i18n';
import type { HandoverRecordQuery } from '../graphql/generated/graphql';
import { formatNumber } from './categories';
import { formatDay } from '@dx/design-system';
import { issuingBody, placeName } from './issuer';

type Record = NonNullable<HandoverRecordQuery['handover']>;
type Party = { fullName: string; position?: string | null } | null | undefined;

const center: CSSProperties = { textAlign: 'center' };
const row: CSSProperties = { display: 'flex', justifyContent: 'space-between', gap: 24 };
const cell: CSSProperties = { border: '1px solid #000', padding: 4, textAlign: 'start' };

/** One row per piece with a serial, else one per line: model, serial, quantity, estimated value and condition. */
function recordRows(handover: Record) {
  return handover.items.flatMap((item) => {
    const pieces = item.pieces ?? [];
    const rest = item.quantity - pieces.length;
    const byPiece = pieces.map((p) => ({
      category: item.category,
      model: p.model,
      serial: p.serial,
      quantity: 1,
      value: p.estimatedValueVnd ?? null,
      condition: p.condition,
    }));
    const unpicked =
      rest > 0
        ? [
            {
              category: item.category,
              model: item.description ?? '',
              serial: '',
              quantity: rest,
              value: pieces.length ? null : (item.estimatedValueVnd ?? null),
              condition: item.condition ?? null,
            },
          ]
        : [];
    return [...byPiece, ...unpicked];
  });
}

/** The handover record (biên bản bàn giao) in Vietnamese administrative form; inline styles so it prints the same. */
export function HandoverDocument({ handover }: { handover: Record }) {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const giverName = handover.giver?.name ?? t('record.centralStore');
  const [year, month, day] = handover.handedOverAt.split('-');
  const rows = recordRows(handover);
  const total = rows.reduce((sum, r) => sum + r.quantity, 0);
  const totalValue = rows.reduce((sum, r) => sum + (r.value ?? 0), 0);
  const party = (title: string, person: Party) => (
    <div style={{ marginBottom: 8 }}>
      <strong>{title}</strong>
      {person && (
        <div style={{ paddingInlineStart: 24 }}>{t('record.representative', { name: person.fullName })}</div>
      )}
      {person?.position && (
        <div style={{ paddingInlineStart: 24 }}>{t('record.position', { position: person.position })}</div>
      )}
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
        <div style={{ ...center, minWidth: 220 }}>
          <strong data-testid="record-issuer">
            {handover.giver ? issuingBody(giverName) : giverName.toLocaleUpperCase('vi')}
          </strong>
          <div style={{ width: 80, borderTop: '1px solid #000', margin: '2px auto 4px' }} />
          <div>
            <bdi>{t('record.number', { recordNo: handover.recordNo })}</bdi>
          </div>
        </div>
        <div style={center}>
          <strong>{t('record.country')}</strong>
          <div>
            <strong>{t('record.motto')}</strong>
          </div>
          <div style={{ width: 160, borderTop: '1px solid #000', margin: '2px auto' }} />
        </div>
      </div>
      <p style={{ textAlign: 'end', fontStyle: 'italic', marginTop: 12 }} data-testid="record-place-date">
        {t('record.placeDate', { place: placeName(giverName), day, month, year })}
      </p>
      <h2 style={{ ...center, margin: '16px 0 4px' }}>{t('record.title')}</h2>
      {handover.status === 'VOIDED' && (
        <p style={{ ...center, color: '#c00', fontWeight: 700 }}>
          {t('record.voided', {
            date: handover.voidedAt ? formatDay(handover.voidedAt, language) : '',
            reason: handover.voidReason,
          })}
        </p>
      )}
      <p>{t('record.intro', { date: formatDay(handover.handedOverAt, language) })}</p>
      {party(t('record.giverParty', { unit: giverName }), handover.handedOverBy)}
      {party(t('record.receiverParty', { unit: handover.recipient.name }), handover.receivedBy)}
      {handover.witness && party(t('record.witnessParty'), handover.witness)}
      <p>{t('record.agreed')}</p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {['no', 'item', 'serials', 'quantity', 'value', 'condition'].map((key) => (
              <th key={key} style={cell}>
                {t(`record.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.category}-${r.serial}-${i}`}>
              <td style={cell}>{formatNumber(i + 1, language)}</td>
              <td style={cell}>{r.model || t(`categories.${r.category}`)}</td>
              <td style={cell}>
                <bdi>{r.serial}</bdi>
              </td>
              <td style={{ ...cell, textAlign: 'end' }}>{formatNumber(r.quantity, language)}</td>
              <td style={{ ...cell, textAlign: 'end' }}>
                {r.value === null ? '' : formatNumber(r.value, language)}
              </td>
              <td style={cell}>{r.condition ? t(`conditions.${r.condition}`) : ''}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={3} style={{ ...cell, fontWeight: 700 }}>
              {t('record.total')}
            </td>
            <td style={{ ...cell, textAlign: 'end', fontWeight: 700 }}>{formatNumber(total, language)}</td>
            <td style={{ ...cell, textAlign: 'end', fontWeight: 700 }}>
              {totalValue ? formatNumber(totalValue, language) : ''}
            </td>
            <td style={cell} />
          </tr>
        </tbody>
      </table>
      {handover.note && <p style={{ fontStyle: 'italic' }}>{handover.note}</p>}
      <p>{t('record.closing')}</p>
      <div style={{ ...row, marginTop: 24 }}>
        {signature(t('record.giverSign'), handover.handedOverBy)}
        {handover.witness && signature(t('record.witnessSign'), handover.witness)}
        {signature(t('record.receiverSign'), handover.receivedBy)}
      </div>
      {handover.acceptedBy && (
        <p style={{ marginTop: 16 }} data-testid="record-acceptance">
          {t('record.accepted', {
            name: handover.acceptedBy.fullName,
            date: formatDay(handover.acceptedOn ?? '', language),
          })}
          {handover.acceptanceScanUrl && (
            <>
              {' '}
              <a
                href={handover.acceptanceScanUrl}
                target="_blank"
                rel="noreferrer"
                style={{ textDecoration: 'underline' }}
              >
                {t('record.scan')}
              </a>
            </>
          )}
        </p>
      )}
    </article>
  );
}
