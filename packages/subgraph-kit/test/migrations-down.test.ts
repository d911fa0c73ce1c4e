import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, DataSource, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { generateMigrations } from '@dx/subgraph-kit/tooling';
import { AuditRecord, dataSourceOptions, type Dialect } from '@dx/subgraph-kit';

// Five new tables, with the foreign keys and indexes that make MariaDB's `down` long.
@Entity('gen_unit')
class GenUnit {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ length: 40 }) code: string;
}
@Entity('gen_person')
class GenPerson {
  @PrimaryGeneratedColumn() id: number;
  @ManyToOne(() => GenUnit, { nullable: false }) unit: GenUnit;
  @Index() @Column({ length: 80 }) name: string;
}
@Entity('gen_course')
class GenCourse {
  @PrimaryGeneratedColumn() id: number;
  @ManyToOne(() => GenUnit) owner: GenUnit;
}
@Entity('gen_enrolment')
@Index(['course', 'person'], { unique: true })
class GenEnrolment {
  @PrimaryGeneratedColumn() id: number;
  @ManyToOne(() => GenCourse, { nullable: false }) course: GenCourse;
  @ManyToOne(() => GenPerson, { nullable: false }) person: GenPerson;
}
const entities = [GenUnit, GenPerson, GenCourse, GenEnrolment, AuditRecord];
const tables = ['audit_log', 'gen_course', 'gen_enrolment', 'gen_person', 'gen_unit'];

// The generator reads a live MariaDB schema, so this test needs MariaDB even in the SQLite run
// (where CI sets DX_TEST_MYSQL_URL to the empty string): fall back to the local server.
const mysqlUrl = process.env.DX_TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306/test';
const dir = mkdtempSync(join(tmpdir(), 'dx-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tableNames = (sql: string, verb: 'CREATE' | 'DROP') =>
  [...sql.matchAll(new RegExp(`${verb} TABLE [\`"\\\\]*(\\w+)`, 'g'))]
    .map((m) => m[1])
    .filter((name, i, all) => !name.startsWith('temporary_') && all.indexOf(name) === i)
    .sort();

test("a generated migration's down drops every table its up creates, in both dialects", async () => {
  const written = await generateMigrations({
    service: 'kit_down_test',
    database: { entities, migrations: { sqlite: [], mariadb: [] } },
    migrationsDir: dir,
    name: 'Initial',
    mysqlUrl,
  });
  expect(written).toHaveLength(2);
  for (const dialect of ['sqlite', 'mariadb'] as Dialect[]) {
    const file = written.find((f) => f.includes(`/${dialect}/`))!;
    const source = readFileSync(file, 'utf8');
    const [up, down] = source.split('public async down');
    expect(tableNames(up, 'CREATE')).toEqual(tables);
    expect(tableNames(down, 'DROP')).toEqual(tables);

    // And it runs: up, then down, leaves no table behind.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    const migrations = Object.values(require(join(dir, dialect, 'index.ts')).migrations ?? {}) as Function[];
    const url =
      dialect === 'sqlite'
        ? 'sqlite::memory:'
        : `${mysqlUrl.replace(/\/[^/]*$/, '')}/dx_migrations_kit_down_test`;
    const ds = new DataSource(
      dataSourceOptions({
        service: 'kit_down_test',
        url,
        entities,
        migrations: { sqlite: migrations, mariadb: migrations },
      }),
    );
    await ds.initialize();
    try {
      if (dialect === 'mariadb') for (const t of tables) await ds.query(`DROP TABLE IF EXISTS \`${t}\``);
      await ds.runMigrations();
      await ds.undoLastMigration();
      const left = (await ds.createQueryRunner().getTables(tables)).map((t) => t.name);
      expect(left).toEqual([]);
    } finally {
      await ds.destroy();
    }
  }
}, 60_000);
