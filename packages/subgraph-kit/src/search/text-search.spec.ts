import { DataSource } from 'typeorm';
import { whereTextMatches } from './text-search';

// Only the statement is built: the data sources never connect.
const built = (type: 'mariadb' | 'better-sqlite3', text: string) => {
  const dataSource = new DataSource(
    type === 'mariadb' ? { type, host: '127.0.0.1', database: 'none' } : { type, database: ':memory:' },
  );
  const query = dataSource.createQueryBuilder().select('t.id').from('task', 't');
  whereTextMatches(query, 't', { table: 'task', column: 'searchText' }, text);
  return { sql: query.getQuery(), parameters: query.getParameters() };
};

describe('whereTextMatches on MariaDB', () => {
  test('a short word beside longer ones is not a full-text prefix: "số 424242" asks the index for 424242 only', () => {
    const { sql, parameters } = built('mariadb', 'số 424242');
    // "+so*" expands to every indexed word beginning with "so": over 1,000,000 tasks the
    // statement outlasted its time limit (bench/search).
    expect(parameters.searchTerms).toBe('+424242*');
    expect(sql).toContain(
      '(t.searchText LIKE :searchTermsShort0 OR t.searchText LIKE :searchTermsShortLater0)',
    );
    expect([parameters.searchTermsShort0, parameters.searchTermsShortLater0]).toEqual(['so%', '% so%']);
  });

  test('words of three letters or more all go to the index; a text of short words only too', () => {
    expect(built('mariadb', 'chuyển đổi').parameters).toEqual({ searchTerms: '+chuyen* +doi*' });
    expect(built('mariadb', 'xã số').parameters).toEqual({ searchTerms: '+xa* +so*' });
    expect(built('mariadb', '%').sql).toContain('1 = 0');
  });
});

describe('whereTextMatches on SQLite', () => {
  test('FTS5 takes every word as a prefix, short ones included', () => {
    expect(built('better-sqlite3', 'số 424242').parameters).toEqual({ searchTerms: '"so"* "424242"*' });
  });
});
