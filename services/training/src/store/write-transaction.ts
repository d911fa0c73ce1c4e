import type { DataSource, EntityManager } from 'typeorm';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

const isMysql = (dataSource: DataSource) => ['mariadb', 'mysql'].includes(dataSource.options.type);

/**
 * A write transaction. MariaDB gives each one its own connection and row locks. TypeORM's SQLite
 * driver shares one connection and turns overlapping transactions into nested savepoints, where
 * one request's rollback would undo another's writes — so on SQLite they run one after another.
 */
export function writeTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (isMysql(dataSource)) return dataSource.transaction(work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(() => dataSource.transaction(work));
  sqliteQueues.set(
    dataSource,
    run.catch(() => undefined),
  );
  return run;
}
