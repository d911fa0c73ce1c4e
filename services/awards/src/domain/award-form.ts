/** What a round awards; the form decides the wording and who usually signs. */
export const AWARD_KINDS = ['GIAY_KHEN', 'BANG_KHEN'] as const;
export type AwardKindName = (typeof AWARD_KINDS)[number];

/**
 * The certificate reads "Đã có thành tích xuất sắc trong <citation>": the nominator's own short
 * wording, else the first sentence of the achievements, never the round's title.
 */
export function citationOf(citation: string | null, achievements: string): string {
  const own = citation?.trim();
  if (own) return own.replace(/[.\s]+$/, '');
  const first = achievements.trim().split(/(?<=[.!?;])\s+|\n/)[0] ?? '';
  const sentence = first.replace(/[.;!?\s]+$/, '');
  return sentence.length > 300 ? `${sentence.slice(0, 297).trimEnd()}…` : sentence;
}

export function citationProblem(citation: string | null | undefined): string | null {
  if (citation == null || !citation.trim()) return null;
  return citation.trim().length > 300
    ? 'The wording for the certificate may have at most 300 characters.'
    : null;
}
