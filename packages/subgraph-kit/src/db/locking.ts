import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * `SELECT ... FOR UPDATE` on MySQL/MariaDB. SQLite has no row locks (TypeORM throws), but it runs one
 * write transaction at a time, which gives the same guarantee there.
 */
export function forUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const type = query.connection.options.type;
  return type === 'mariadb' || type === 'mysql' ? query.setLock('pessimistic_write') : query;
}
