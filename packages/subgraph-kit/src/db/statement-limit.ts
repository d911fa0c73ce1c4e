import type { DataSource } from 'typeorm';

/**
 * How long one SQL statement may run on MariaDB before the server stops it, in ms (0: no limit).
 * 3 s keeps a list request's two statements (COUNT and page) under the gateway's subgraph timeout
 * (DX_SUBGRAPH_TIMEOUT_MS, 10 s), so a request the gateway gave up on cannot keep a pooled
 * connection busy for long. Migrations run without it.
 */
export function statementTimeoutMs(): number {
  const ms = Number(process.env.DX_STATEMENT_TIMEOUT_MS ?? 3_000);
  return Number.isFinite(ms) && ms >= 0 ? ms : 3_000;
}

interface PoolLike {
  on(
    event: 'connection',
    listener: (connection: { query(sql: string, cb: () => void): unknown }) => void,
  ): void;
}

/**
 * Makes every connection the MariaDB pool opens start with `max_statement_time` set (an aborted
 * statement fails with ER_STATEMENT_TIMEOUT, which the kit reports as SERVICE_UNAVAILABLE). Call
 * before `initialize()`: TypeORM creates the pool there.
 */
export function limitStatementTime(dataSource: DataSource, ms = statementTimeoutMs()): void {
  if (ms === 0) return;
  const driver = dataSource.driver as unknown as { createPool(options: unknown): Promise<PoolLike> };
  const createPool = driver.createPool.bind(driver);
  driver.createPool = async (options: unknown) => {
    const pool = await createPool(options);
    pool.on('connection', (connection) => {
      connection.query(`SET SESSION max_statement_time = ${(ms / 1000).toFixed(3)}`, () => undefined);
    });
    return pool;
  };
}
