import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/** Set in CI (and by anyone with a MySQL/MariaDB at hand): integration tests then run against it. */
export const mysqlUrl = process.env.DX_TEST_MYSQL_URL;
export const dialectUnderTest = mysqlUrl ? 'mariadb' : 'sqlite';

export interface TestDatabases {
  urlFor(service: string): string;
  drop(): Promise<void>;
}

/** Fresh, empty databases for one test file: scratch MySQL databases or SQLite files in a temp folder. */
export async function createTestDatabases(services: string[]): Promise<TestDatabases> {
  const run = randomBytes(4).toString('hex');
  if (mysqlUrl) {
    const server = mysqlUrl.replace(/\/[^/]*$/, '');
    const names = Object.fromEntries(services.map((s) => [s, `dxt_${run}_${s}`]));
    const connection = await createConnection(`${server}/`);
    for (const name of Object.values(names)) {
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
    await connection.end();
    return {
      urlFor: (service) => `${server}/${names[service]}`,
      drop: async () => {
        const c = await createConnection(`${server}/`);
        for (const name of Object.values(names)) await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `dx-test-${run}-`));
  return {
    urlFor: (service) => `sqlite:${join(dir, `${service}.sqlite`)}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
