import type { CSSProperties, ReactNode } from 'react';
import type { Language } from '@dx/i18n';

/**
 * The parts every Vietnamese administrative document shares (Nghị định 30/2020/NĐ-CP): the issuing
 * body and number on the left, the national motto on the right, the place-and-date line under it,
 * and the signer's title and name at the bottom right. Desks supply the words in the reader's
 * language; the issuing body and the signer are printed as written.
 */
export interface AdministrativeHeaderProps {
  /** The superior body, e.g. "UBND THÀNH PHỐ HÀ NỘI"; optional. */
  parentBody?: string | null;
  /** As written, e.g. "UBND PHƯỜNG CỬA NAM". */
  issuingBody: string;
  /** e.g. "Số: 268/QĐ-UBND"; already labelled. */
  number?: ReactNode;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in the reader's language. */
  nation: string;
  /** "Độc lập - Tự do - Hạnh phúc" in the reader's language. */
  motto: string;
  /** From placeAndDate(). */
  placeDate: string;
}

const column: CSSProperties = { textAlign: 'center', flex: '1 1 0' };

export function AdministrativeHeader({
  parentBody,
  issuingBody,
  number,
  nation,
  motto,
  placeDate,
}: AdministrativeHeaderProps) {
  return (
    <div
      data-testid="administrative-header"
      style={{ display: 'flex', gap: 24, alignItems: 'flex-start', lineHeight: 1.35 }}
    >
      <div style={column}>
        {parentBody && <div style={{ textTransform: 'uppercase' }}>{parentBody}</div>}
        <div style={{ fontWeight: 'bold', textTransform: 'uppercase' }} data-testid="issuing-body">
          {issuingBody}
        </div>
        <div aria-hidden style={{ width: 80, margin: '2px auto 6px', borderTop: '1px solid #000' }} />
        {number && <div data-testid="document-number">{number}</div>}
      </div>
      <div style={{ ...column, flex: '1.4 1 0' }}>
        <div style={{ fontWeight: 'bold', textTransform: 'uppercase' }}>{nation}</div>
        <div style={{ fontWeight: 'bold' }}>{motto}</div>
        <div aria-hidden style={{ width: 180, margin: '2px auto 8px', borderTop: '1px solid #000' }} />
        <div style={{ fontStyle: 'italic' }} data-testid="place-date">
          {placeDate}
        </div>
      </div>
    </div>
  );
}

/** The signer's title (it may hold a line break: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), room for signature and seal, the name. */
export function SignatureBlock({ title, name, note }: { title: string; name: string; note?: string }) {
  return (
    <div data-testid="signature" style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 24 }}>
      <div style={{ textAlign: 'center', minWidth: 260 }}>
        <div style={{ fontWeight: 'bold', textTransform: 'uppercase', whiteSpace: 'pre-line' }}>{title}</div>
        {note && <div style={{ fontStyle: 'italic', fontSize: '0.9em' }}>{note}</div>}
        <div style={{ height: 84 }} />
        <div style={{ fontWeight: 'bold' }} data-testid="signer-name">
          {name}
        </div>
      </div>
    </div>
  );
}

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB', ar: 'ar' };

/**
 * "Cửa Nam, ngày 02 tháng 12 năm 2026" — the place-and-date line for a calendar day (YYYY-MM-DD,
 * already the Vietnam day); in English "Cửa Nam, 2 December 2026", in Arabic the same order in
 * Arabic words. Vietnamese form writes day and month below 10 with a leading zero.
 */
export function placeAndDate(place: string, day: string, language: Language): string {
  const [y, m, d] = day.split('-');
  if (language === 'vi') return `${place}, ngày ${d} tháng ${m} năm ${y}`;
  const date = new Date(`${day}T12:00:00Z`);
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  // The place is Vietnamese (left-to-right) inside an Arabic line: isolate it so the line reads right to left.
  return language === 'ar' ? `\u2068${place}\u2069، ${text}` : `${place}, ${text}`;
}
