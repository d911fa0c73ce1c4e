/**
 * Text search that works the way Vietnamese users type: without tone marks, in any case. A record
 * keeps a folded copy of its searchable text (`searchDocument`), and a query is folded the same way
 * (`searchTerms`); each query word must begin a word of the record ("linh nam" finds "Phường Lĩnh
 * Nam", "duc" finds "Đức"). Everything that is not a letter or digit separates words, so `%`, `_`
 * and `\` in a query can never act as wildcards.
 */

/** MariaDB's InnoDB full-text index skips words shorter than this (innodb_ft_min_token_size). */
export const MIN_INDEXED_WORD = 3;
/** At most this many words of a query count; the rest are ignored (a query is not a document). */
const MAX_SEARCH_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** Lower case, no tone marks or diacritics, đ → d, and single spaces between letter-and-digit words. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The folded text to store in a record's search column, from the fields that are searched.
 * Words shorter than three letters are padded with `_` (a word character for InnoDB, a separator
 * for SQLite's FTS5) so that MariaDB indexes them too: "xã" is stored as "xa_".
 */
export function searchDocument(...fields: (string | null | undefined)[]): string {
  return fields
    .filter((f): f is string => !!f)
    .map(foldText)
    .join(' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => (w.length < MIN_INDEXED_WORD ? w.padEnd(MIN_INDEXED_WORD, '_') : w))
    .join(' ');
}

/** The folded words of what a person typed, for a prefix match; [] when nothing searchable is left. */
export function searchTerms(query: string | null | undefined): string[] {
  if (!query) return [];
  const words = foldText(query)
    .split(' ')
    .filter(Boolean)
    .map((w) => w.slice(0, MAX_TERM_LENGTH));
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}

/** `value` for `LIKE :x ESCAPE '\'`, where `%`, `_` and `\` stand for themselves. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
