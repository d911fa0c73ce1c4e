/**
 * One spelling per username on every database: NFKC (full-width "ａｄｍｉｎ" is "admin"), lower case,
 * and no invisible characters. MariaDB's accent- and case-insensitive collation would otherwise let
 * "ádmin" or "admin\u200b" find "admin", while SQLite would not.
 */
const INVISIBLE =
  /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/u;
const ALLOWED = /^[a-z0-9._-]{3,80}$/;

export function normaliseUsername(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().normalize('NFKC').trim();
}

/** Zero-width, no-break and other invisible characters: no account has them, at any position. */
export function hasInvisibleCharacters(raw: string): boolean {
  return INVISIBLE.test(raw);
}

/** Why this username cannot be given to an account, or null. */
export function usernameProblem(raw: string): string | null {
  if (hasInvisibleCharacters(raw)) {
    return 'A username may not contain invisible characters (zero-width or no-break spaces).';
  }
  if (!ALLOWED.test(normaliseUsername(raw))) {
    return 'A username has 3 to 80 lower-case letters (a-z), digits, dots, dashes or underscores.';
  }
  return null;
}
