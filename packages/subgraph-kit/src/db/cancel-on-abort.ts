import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';

/** The MariaDB connections (thread ids) running a statement for one HTTP request right now. */
interface RequestStatements {
  running: Set<number>;
}

const currentRequest = new AsyncLocalStorage<RequestStatements>();

interface MysqlConnection {
  threadId: number;
  query(sql: string, cb: (error: unknown) => void): unknown;
  end(): void;
}
interface MysqlDriverLike {
  createQueryRunner(mode: unknown): {
    connect(): Promise<MysqlConnection>;
    query(...args: unknown[]): Promise<unknown>;
  };
  mysql: { createConnection(options: unknown): MysqlConnection };
  createConnectionOptions(options: unknown, credentials: unknown): unknown;
  options: unknown;
}

/**
 * MariaDB only: every statement a request sends is noted with its connection's thread id, so
 * `cancelOnAbort` can stop them (`KILL QUERY`) when the caller hangs up — the gateway gave up on
 * the request (its subgraph timeout) or the browser went away. Without it a statement runs on
 * until it ends or hits max_statement_time, holding a pooled connection. Call after initialize().
 */
export function trackRequestStatements(dataSource: DataSource): void {
  if (dataSource.options.type !== 'mariadb') return;
  const driver = dataSource.driver as unknown as MysqlDriverLike;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner);
    runner.query = async (...args: unknown[]) => {
      const request = currentRequest.getStore();
      if (!request) return query(...args);
      const { threadId } = await runner.connect();
      request.running.add(threadId);
      try {
        return await query(...args);
      } finally {
        request.running.delete(threadId);
      }
    };
    return runner;
  };
}

async function killStatements(dataSource: DataSource, threadIds: number[]): Promise<void> {
  const driver = dataSource.driver as unknown as MysqlDriverLike;
  // Its own connection: the pool may be full of the very statements to stop.
  const connection = driver.mysql.createConnection(
    driver.createConnectionOptions(driver.options, driver.options),
  );
  try {
    for (const id of threadIds)
      await new Promise<void>((resolve) => connection.query(`KILL QUERY ${Math.trunc(id)}`, () => resolve()));
  } finally {
    connection.end();
  }
}

/** Express middleware for /graphql (after the body is read): runs the request in its own statement scope. */
export function cancelOnAbort(dataSource: DataSource, onError: (error: unknown) => void): RequestHandler {
  if (dataSource.options.type !== 'mariadb') return (_req, _res, next) => next();
  return (_req, res, next) => {
    const request: RequestStatements = { running: new Set() };
    res.once('close', () => {
      if (res.writableFinished || request.running.size === 0) return;
      killStatements(dataSource, [...request.running]).catch(onError);
    });
    currentRequest.run(request, next);
  };
}
