import type { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { escapeLike, MIN_INDEXED_WORD, searchDocument, searchTerms } from './fold';

/**
 * Where a table's folded search text lives: `column` holds `searchDocument(...)` of the searched
 * fields. MariaDB searches it through a FULLTEXT index, SQLite through an FTS5 table `<table>_fts`
 * kept in step by triggers. Both are made by `createSearchIndex` in a migration.
 */
export interface SearchColumn {
  table: string;
  column: string;
}

const isMariaDb = (type: string) => type === 'mariadb' || type === 'mysql';
const ftsTable = (s: SearchColumn) => `${s.table}_fts`;
const checkName = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not a plain SQL name: ${name}`);
  return name;
};

/**
 * Narrows `query` (whose alias for the table is `alias`) to rows where every word of `text` begins
 * a word of the search column. A text with nothing searchable in it (say "%") matches nothing.
 */
export function whereTextMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  search: SearchColumn,
  text: string,
  parameter = 'searchTerms',
): SelectQueryBuilder<T> {
  const terms = searchTerms(text);
  if (terms.length === 0) return query.andWhere('1 = 0');
  const column = checkName(search.column);
  if (isMariaDb(query.connection.options.type)) {
    // A word shorter than the index's words ("số" is "so") as a prefix expands to every indexed
    // word that begins with it: over 1,000,000 tasks "+so* +424242*" outlasted the statement
    // time limit although "424242" alone finds one row at once. So when the text has longer
    // words, the index answers for those and each short word is checked on the rows it found
    // (it must begin a word of the column: at its start or after a space).
    const long = terms.filter((t) => t.length >= MIN_INDEXED_WORD);
    const short = long.length ? terms.filter((t) => t.length < MIN_INDEXED_WORD) : [];
    // Boolean mode: every term required (+), as a prefix (*); terms are letters and digits only.
    query.andWhere(`MATCH(${alias}.${column}) AGAINST (:${parameter} IN BOOLEAN MODE)`, {
      [parameter]: (long.length ? long : terms).map((t) => `+${t}*`).join(' '),
    });
    short.forEach((t, i) => {
      const [first, later] = [`${parameter}Short${i}`, `${parameter}ShortLater${i}`];
      query.andWhere(`(${alias}.${column} LIKE :${first} OR ${alias}.${column} LIKE :${later})`, {
        [first]: `${escapeLike(t)}%`,
        [later]: `% ${escapeLike(t)}%`,
      });
    });
    return query;
  }
  const fts = checkName(ftsTable(search));
  return query.andWhere(`${alias}.id IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH :${parameter})`, {
    [parameter]: terms.map((t) => `"${t}"*`).join(' '),
  });
}

function sqliteTriggers(s: SearchColumn): string[] {
  const [t, c, f] = [checkName(s.table), checkName(s.column), checkName(ftsTable(s))];
  return [
    `CREATE TRIGGER IF NOT EXISTS "${f}_ai" AFTER INSERT ON "${t}" BEGIN INSERT INTO "${f}"(rowid, "${c}") VALUES (new.id, new."${c}"); END`,
    `CREATE TRIGGER IF NOT EXISTS "${f}_ad" AFTER DELETE ON "${t}" BEGIN INSERT INTO "${f}"("${f}", rowid, "${c}") VALUES ('delete', old.id, old."${c}"); END`,
    `CREATE TRIGGER IF NOT EXISTS "${f}_au" AFTER UPDATE OF "${c}" ON "${t}" BEGIN INSERT INTO "${f}"("${f}", rowid, "${c}") VALUES ('delete', old.id, old."${c}"); INSERT INTO "${f}"(rowid, "${c}") VALUES (new.id, new."${c}"); END`,
  ];
}

/** For a migration's `up`: the index the search runs on. Fill the column first (`backfillSearchText`). */
export async function createSearchIndex(runner: QueryRunner, search: SearchColumn): Promise<void> {
  const [t, c, f] = [checkName(search.table), checkName(search.column), checkName(ftsTable(search))];
  if (isMariaDb(runner.connection.options.type)) {
    // Stop words are fixed when the index is made; the built-in list is English and drops
    // Vietnamese words such as "the" (thể) and "an", so this index has none.
    await runner.query('SET SESSION innodb_ft_enable_stopword = 0');
    await runner.query(`CREATE FULLTEXT INDEX \`${f}\` ON \`${t}\` (\`${c}\`)`);
    await runner.query('SET SESSION innodb_ft_enable_stopword = 1');
    return;
  }
  await runner.query(
    `CREATE VIRTUAL TABLE "${f}" USING fts5("${c}", content='${t}', content_rowid='id', prefix='1 2 3')`,
  );
  for (const sql of sqliteTriggers(search)) await runner.query(sql);
  await runner.query(`INSERT INTO "${f}"("${f}") VALUES ('rebuild')`);
}

/** For a migration's `down`. */
export async function dropSearchIndex(runner: QueryRunner, search: SearchColumn): Promise<void> {
  const [t, f] = [checkName(search.table), checkName(ftsTable(search))];
  if (isMariaDb(runner.connection.options.type)) {
    await runner.query(`DROP INDEX \`${f}\` ON \`${t}\``);
    return;
  }
  for (const suffix of ['ai', 'ad', 'au']) await runner.query(`DROP TRIGGER IF EXISTS "${f}_${suffix}"`);
  await runner.query(`DROP TABLE IF EXISTS "${f}"`);
}

/** For a migration: fills the search column of existing rows from `fields`, 500 rows per statement. */
export async function backfillSearchText(
  runner: QueryRunner,
  search: SearchColumn,
  fields: string[],
): Promise<void> {
  const [t, c] = [checkName(search.table), checkName(search.column)];
  const q = isMariaDb(runner.connection.options.type) ? (n: string) => `\`${n}\`` : (n: string) => `"${n}"`;
  let after = 0;
  for (;;) {
    const rows: Record<string, unknown>[] = await runner.query(
      `SELECT id, ${fields.map((x) => q(checkName(x))).join(', ')} FROM ${q(t)} WHERE id > ? ORDER BY id LIMIT 500`,
      [after],
    );
    if (rows.length === 0) return;
    const params: unknown[] = [];
    const cases = rows.map((row) => {
      params.push(row.id, searchDocument(...fields.map((x) => row[x] as string | null)));
      return 'WHEN ? THEN ?';
    });
    params.push(...rows.map((r) => r.id));
    await runner.query(
      `UPDATE ${q(t)} SET ${q(c)} = CASE id ${cases.join(' ')} END WHERE id IN (${rows.map(() => '?').join(', ')})`,
      params,
    );
    after = Number(rows[rows.length - 1].id);
  }
}

/**
 * TypeORM rebuilds a SQLite table (copy, drop, rename) for many column changes, which drops its
 * triggers: run after migrations, this puts back the triggers of every `<table>_fts` and rebuilds
 * the index when any were missing.
 */
export async function repairSqliteSearchIndexes(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'better-sqlite3' && dataSource.options.type !== 'sqlite') return;
  const tables: { name: string; sql: string }[] = await dataSource.query(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_fts' ESCAPE '\\' AND sql LIKE '%fts5%'",
  );
  for (const { name, sql } of tables) {
    const content = /content='(\w+)'/.exec(sql)?.[1];
    const column = /fts5\("?(\w+)"?/.exec(sql)?.[1];
    if (!content || !column) continue;
    const search = { table: content, column };
    const triggers: unknown[] = await dataSource.query(
      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE ?",
      [content, `${name}_a_`],
    );
    if (triggers.length === 3) continue;
    for (const statement of sqliteTriggers(search)) await dataSource.query(statement);
    await dataSource.query(`INSERT INTO "${name}"("${name}") VALUES ('rebuild')`);
  }
}
