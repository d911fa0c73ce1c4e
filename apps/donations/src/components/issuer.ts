/** "Phường Lĩnh Nam" → the issuing body as written on a document, "UBND PHƯỜNG LĨNH NAM". */
export function issuingBody(unitName: string): string {
  return `UBND ${unitName.toLocaleUpperCase('vi')}`;
}

const KIND_WORDS = /^(Phường|Xã|Thị trấn|Thành phố|Tỉnh|Quận|Huyện)\s+/i;

/** The place on the place-and-date line: the unit's name without its kind ("Phường Lĩnh Nam" → "Lĩnh Nam"). */
export function placeName(unitName: string): string {
  return unitName.replace(KIND_WORDS, '');
}
