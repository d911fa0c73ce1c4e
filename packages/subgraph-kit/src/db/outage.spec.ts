import { isDatabaseOutage } from './outage';

// The shape TypeORM gave for a MariaDB full-text search stopped by max_statement_time inside
// InnoDB ("chuyen doi" over 1,000,000 tasks): it was answered INTERNAL_SERVER_ERROR.
const stoppedFullTextSearch = () => {
  const driverError = Object.assign(new Error('Unknown error 188'), {
    errno: 188,
    sqlState: 'HY000',
    sqlMessage: 'Unknown error 188',
  });
  return Object.assign(new Error('Unknown error 188'), {
    name: 'QueryFailedError',
    errno: 188,
    driverError,
  });
};

describe('isDatabaseOutage', () => {
  test('a statement stopped by the time limit is an outage, in the SQL layer or inside InnoDB', () => {
    expect(isDatabaseOutage(stoppedFullTextSearch())).toBe(true);
    expect(
      isDatabaseOutage({
        errno: 1969,
        message: 'Query execution was interrupted (max_statement_time exceeded)',
      }),
    ).toBe(true);
  });

  test('a mistake in the statement is not', () => {
    expect(isDatabaseOutage({ errno: 1064, code: 'ER_PARSE_ERROR', message: 'You have an error' })).toBe(
      false,
    );
    expect(isDatabaseOutage(new Error('Unknown column'))).toBe(false);
  });
});
