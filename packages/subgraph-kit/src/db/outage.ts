/**
 * True when an error means the database could not do its part (down, restarting, the connection
 * lost, a statement stopped by the time limit, the pool exhausted): the caller did nothing wrong,
 * and the answer is SERVICE_UNAVAILABLE, never NOT_FOUND or a validation message.
 */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_STATEMENT_TIMEOUT',
  'ER_QUERY_INTERRUPTED',
  'ER_QUERY_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_LOCK_WAIT_TIMEOUT',
  'POOL_CLOSED',
  'SQLITE_BUSY',
  'SQLITE_IOERR',
]);
// MariaDB: 1969 max_statement_time exceeded, 1317 interrupted, 1927 connection killed, 2013 lost;
// 188 (HA_ERR_ABORTED_BY_USER, "Unknown error 188"): the same limit or KILL QUERY stopping an InnoDB
// full-text search inside the engine (a search matching 1,000,000 tasks, bench/search).
const OUTAGE_ERRNOS = new Set([1969, 1317, 1927, 2002, 2003, 2006, 2013, 1053, 1040, 1205, 188]);

const OUTAGE_MESSAGES =
  /Pool is closed|Connection lost|connect ECONNREFUSED|max_statement_time exceeded|database connection is not open|Driver not Connected|Connection is not established/i;

export function isDatabaseOutage(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 4; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (OUTAGE_CODES.has(code) || code.startsWith('SQLITE_BUSY')) return true;
    if (typeof e.errno === 'number' && OUTAGE_ERRNOS.has(e.errno)) return true;
    if (e.name === 'CannotExecuteNotConnectedError' || e.name === 'ConnectionIsNotSetError') return true;
    if (OUTAGE_MESSAGES.test(String(e.message ?? ''))) return true;
    // graphql-js wraps a thrown value from another realm as NonErrorThrown { thrownValue }.
    e = (e.driverError ?? e.cause ?? e.originalError ?? e.thrownValue) as Record<string, unknown> | undefined;
  }
  return false;
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  'This part of dx-suite cannot reach its database right now; nothing was changed. Try again in a moment.';
