import { MigrationExecutor, type DataSource } from 'typeorm';
import { repairSqliteSearchIndexes } from '../search/text-search';
import { statementTimeoutMs } from './statement-limit';

const LOCK_WAIT_SECONDS = 300;

/**
 * Brings the schema up to date. On MariaDB the migrations run under a named lock (GET_LOCK) on one
 * connection, so two instances starting at once on an empty database take turns: the second finds
 * the migrations done. That connection runs without the statement time limit (a migration may
 * rebuild a large index).
 */
export async function runMigrationsOnce(dataSource: DataSource): Promise<void> {
  const type = dataSource.options.type;
  if (type !== 'mariadb' && type !== 'mysql') {
    await dataSource.runMigrations({ transaction: 'each' });
    await repairSqliteSearchIndexes(dataSource);
    return;
  }
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.query('SET SESSION max_statement_time = 0');
    const [{ name }] = await runner.query("SELECT CONCAT('dx_migrations:', DATABASE()) AS name");
    const [{ got }] = await runner.query('SELECT GET_LOCK(?, ?) AS got', [name, LOCK_WAIT_SECONDS]);
    if (Number(got) !== 1) {
      throw new Error(
        `Another instance has been migrating ${name.slice(14)} for over ${LOCK_WAIT_SECONDS} s; not starting.`,
      );
    }
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      await executor.executePendingMigrations();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    // The connection goes back to the pool: with the limit again.
    await runner
      .query(`SET SESSION max_statement_time = ${(statementTimeoutMs() / 1000).toFixed(3)}`)
      .catch(() => undefined);
    await runner.release();
  }
}
