import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createConnection } from 'mysql2/promise';
import { isDatabaseOutage, openDatabase } from '@dx/subgraph-kit';
import { definition } from '@dx/service-directory';

const mysqlUrl = process.env.DX_TEST_MYSQL_URL;
// Another process, as a second `node dist/main.js` on the same file would be (the built kit).
const OTHER_PROCESS = `
  const { claimSqliteFile } = require(${JSON.stringify(join(__dirname, '../../../packages/subgraph-kit/dist/db/sqlite-owner.js'))});
  try { claimSqliteFile(process.argv[1]); console.log('claimed'); } catch (e) { console.log('refused: ' + e.message); }
`;
const open = (url: string) =>
  openDatabase({
    url,
    service: 'directory',
    entities: definition.entities,
    migrations: definition.migrations,
  });

describe('two instances starting at once', () => {
  if (mysqlUrl)
    test('on an empty MariaDB database both migrate and start', async () => {
      const server = mysqlUrl!.replace(/\/[^/]*$/, '');
      const name = `dxt_${Date.now().toString(36)}_race`;
      const admin = await createConnection(`${server}/`);
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      try {
        const opened = await Promise.allSettled([
          open(`${server}/${name}`),
          open(`${server}/${name}`),
          open(`${server}/${name}`),
        ]);
        expect(opened.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
        const [{ n }] = (await admin.query(`SELECT COUNT(*) AS n FROM \`${name}\`.migrations`))[0] as {
          n: number;
        }[];
        expect(Number(n)).toBe(definition.migrations.mariadb.length);
        for (const o of opened) if (o.status === 'fulfilled') await o.value.destroy();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await admin.end();
      }
    });

  if (mysqlUrl)
    test('on MariaDB every statement is stopped at the time limit, and the connection is free again', async () => {
      const server = mysqlUrl!.replace(/\/[^/]*$/, '');
      const name = `dxt_${Date.now().toString(36)}_limit`;
      const admin = await createConnection(`${server}/`);
      await admin.query(`CREATE DATABASE \`${name}\``);
      const before = process.env.DX_STATEMENT_TIMEOUT_MS;
      process.env.DX_STATEMENT_TIMEOUT_MS = '300';
      try {
        const db = await open(`${server}/${name}`);
        const started = Date.now();
        const error = await db.query('SELECT SLEEP(5)').then(
          (rows) => rows,
          (e: unknown) => e,
        );
        // MariaDB answers SLEEP interrupted by max_statement_time with 1 and no error.
        const stopped =
          isDatabaseOutage(error) || (Array.isArray(error) && Number(Object.values(error[0])[0]) === 1);
        expect(stopped).toBe(true);
        expect(Date.now() - started).toBeLessThan(2_000);
        const scan = await db
          .query('SELECT COUNT(*) FROM information_schema.tables WHERE SLEEP(0.5) = 0')
          .catch((e: unknown) => e);
        expect(isDatabaseOutage(scan)).toBe(true);
        expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
        await db.destroy();
      } finally {
        process.env.DX_STATEMENT_TIMEOUT_MS = before;
        if (before === undefined) delete process.env.DX_STATEMENT_TIMEOUT_MS;
        await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await admin.end();
      }
    });

  test('a second process on the same SQLite file is refused at start with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dx-owner-'));
    const file = `sqlite:${join(dir, 'directory.sqlite')}`;
    try {
      const first = await open(file);
      const other = spawnSync(process.execPath, ['-e', OTHER_PROCESS, join(dir, 'directory.sqlite')], {
        encoding: 'utf8',
      });
      expect(other.stdout.trim()).toMatch(/^refused: .*already served by another process/);
      await first.destroy();
      // Released on stop (and by the operating system when a process dies).
      const after = spawnSync(process.execPath, ['-e', OTHER_PROCESS, join(dir, 'directory.sqlite')], {
        encoding: 'utf8',
      });
      expect(after.stdout.trim()).toBe('claimed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
