import type { DataSource } from 'typeorm';

/** The SQL that would bring the database to the entities; empty when the migrations are complete. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query).filter((q) => !isSearchIndexStatement(q));
}

/**
 * The search module's indexes (`<table>_fts`: a FULLTEXT index, an FTS5 table) are made by
 * `createSearchIndex` in a migration; TypeORM cannot describe them and would drop them (and, in
 * a generated `down`, make them again).
 */
export function isSearchIndexStatement(sql: string): boolean {
  return /^(DROP INDEX|CREATE (UNIQUE |FULLTEXT )?INDEX) [`"]?\w+_fts[`"]?/.test(sql);
}
