import { randomInt } from 'node:crypto';

/** Crockford's base 32 without I, L, O, U: nothing to misread when typed back from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_LENGTH = 10;

/**
 * Certificate numbers are public (printed, shown at verification) and must not be guessable:
 * 10 random base-32 characters (50 bits from the OS's CSPRNG) after the course code and year,
 * and a check character. Uniqueness is the database's unique index; a collision is retried.
 * Shape: <COURSE CODE>-<YEAR>-<XXXXX-XXXXX><check>, e.g. KNS-2026-7KQ2M-X9T4B7.
 */
export function certificateNumber(
  courseCode: string,
  completedOn: Date,
  random: (max: number) => number = randomInt,
): string {
  const code = courseCode.toUpperCase().replace(/[^A-Z0-9]/g, '') || 'DX';
  const chars = Array.from({ length: RANDOM_LENGTH }, () => ALPHABET[random(ALPHABET.length)]).join('');
  const body = `${code}-${completedOn.getUTCFullYear()}-${chars.slice(0, 5)}-${chars.slice(5)}`;
  return `${body}${checkCharacter(body)}`;
}

/** A character that catches a typo or a swap of neighbours when a number is typed back. */
export function checkCharacter(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum * 31 + text.charCodeAt(i) * (i + 1)) % 1_000_003;
  return ALPHABET[sum % ALPHABET.length];
}

/** Upper-cases and trims what a person typed; the verification page accepts lower case. */
export function normaliseCertificateNumber(value: string): string {
  return value.trim().toUpperCase();
}

export function isWellFormedCertificateNumber(value: string): boolean {
  const match = /^([A-Z0-9]+-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5})([0-9A-Z])$/.exec(value);
  return !!match && checkCharacter(match[1]) === match[2];
}
