/** One line of an enrolment CSV: who to enrol, by directory id, email or full name. */
export interface ImportRow {
  /** 1-based line in the file, counting the header, as a spreadsheet shows it */
  line: number;
  personId?: string;
  email?: string;
  fullName?: string;
}

export interface ParsedImport {
  rows: ImportRow[];
  /** set when the header names no usable column */
  headerProblem: 'noColumns' | null;
}

const HEADER_ALIASES: Record<'personId' | 'email' | 'fullName', string[]> = {
  personId: ['personid', 'id', 'mã', 'ma'],
  email: ['email', 'e-mail', 'thư điện tử'],
  fullName: ['fullname', 'name', 'họ và tên', 'họ tên', 'ho va ten', 'الاسم'],
};

/** Splits one CSV line, honouring double quotes ("Nguyễn, Văn A") and doubled quotes inside them. */
export function splitCsvLine(line: string, separator = ','): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** Reads the file's text: a header line, then one person per line; blank lines are skipped. */
export function parseEnrolmentCsv(text: string): ParsedImport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const separator = (lines[0] ?? '').includes(';') && !(lines[0] ?? '').includes(',') ? ';' : ',';
  const header = splitCsvLine(lines[0] ?? '', separator).map((h) => h.toLowerCase());
  const column = (key: keyof typeof HEADER_ALIASES) =>
    header.findIndex((h) => HEADER_ALIASES[key].includes(h));
  const at = { personId: column('personId'), email: column('email'), fullName: column('fullName') };
  if (at.personId < 0 && at.email < 0 && at.fullName < 0) return { rows: [], headerProblem: 'noColumns' };
  const rows: ImportRow[] = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const cells = splitCsvLine(line, separator);
    const pick = (index: number) => (index >= 0 && cells[index] ? cells[index] : undefined);
    rows.push({
      line: i + 2,
      personId: pick(at.personId),
      email: pick(at.email),
      fullName: pick(at.fullName),
    });
  });
  return { rows, headerProblem: null };
}

export type RowOutcome =
  | { kind: 'ENROLLED' | 'WAITLISTED'; personName: string }
  | { kind: 'error'; reason: 'empty' | 'notFound' | 'ambiguous' | 'api'; message?: string };

/** What to search the directory for, or null when the row names nobody. */
export function searchTermOf(row: ImportRow): string | null {
  return row.email ?? row.fullName ?? null;
}

/** The one person a search found for a row, or why there is not exactly one. */
export function matchPerson<P extends { id: string; fullName: string; email?: string | null }>(
  row: ImportRow,
  found: P[],
): { person: P } | { reason: 'notFound' | 'ambiguous' } {
  const wanted = found.filter((p) =>
    row.email
      ? p.email?.toLowerCase() === row.email.toLowerCase()
      : p.fullName.toLowerCase() === row.fullName?.toLowerCase(),
  );
  if (wanted.length === 1) return { person: wanted[0] };
  return { reason: wanted.length === 0 ? 'notFound' : 'ambiguous' };
}
