import type { ReactNode } from 'react';
import { AdministrativeHeader, placeAndDate } from '@dx/design-system';

/** The place as documents write it: the unit's name without "Thành phố", "Tỉnh", "Phường", "Xã". */
export const placeOf = (unitName: string | null | undefined) =>
  (unitName ?? '').replace(/^(Thành phố|Tỉnh|Phường|Xã)\s+/i, '');

/**
 * The head of a committee document as the committee signs it: the design system's administrative
 * header (issuing body as written, number, national motto, place-and-date line), then the kind and
 * title centred. The committee's documents are Vietnamese documents, so they print in Vietnamese.
 */
export function OfficialHeader({
  issuingBody,
  number,
  place,
  day,
  kind,
  title,
}: {
  issuingBody: string;
  number?: string | null;
  place: string;
  day: string;
  kind: string;
  title: ReactNode;
}) {
  return (
    <div lang="vi" dir="ltr">
      <AdministrativeHeader
        issuingBody={issuingBody}
        number={number ? `Số: ${number}` : undefined}
        nation="Cộng hòa xã hội chủ nghĩa Việt Nam"
        motto="Độc lập - Tự do - Hạnh phúc"
        placeDate={placeAndDate(place, day, 'vi')}
      />
      <div style={{ textAlign: 'center', marginTop: 16 }}>
        <div style={{ fontWeight: 700, textTransform: 'uppercase' }}>{kind}</div>
        <div style={{ fontWeight: 700 }}>{title}</div>
      </div>
    </div>
  );
}
