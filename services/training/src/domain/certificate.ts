/**
 * Certificate numbers are derived from the enrolment id, which is unique and never reused, so two
 * completions at the same moment cannot collide and no counter has to be locked.
 * Shape: <COURSE CODE>-<YEAR>-<enrolment id, 6 digits>-<check letter>, e.g. KNS-2026-000042-K.
 */
export function certificateNumber(courseCode: string, completedOn: Date, enrolmentId: number): string {
  const code = courseCode.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const serial = String(enrolmentId).padStart(6, '0');
  const body = `${code}-${completedOn.getUTCFullYear()}-${serial}`;
  return `${body}-${checkLetter(body)}`;
}

/** A letter that catches most typos when a number is typed back from a paper certificate. */
export function checkLetter(text: string): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum * 31 + text.charCodeAt(i)) % 1_000_003;
  return letters[sum % letters.length];
}

export function isWellFormedCertificateNumber(value: string): boolean {
  const match = /^(.+-\d{4}-\d{6,})-([A-Z])$/.exec(value);
  return !!match && checkLetter(match[1]) === match[2];
}
