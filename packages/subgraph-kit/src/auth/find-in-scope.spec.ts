import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Identity } from './identity';
import { findInScope } from './find-in-scope';

@Entity('probe_record')
class ProbeRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar' })
  unitPath: string;
}

const ward = (scopeUnitPath: string[]): Identity => ({
  accountId: '1',
  username: 'secretariat',
  personId: null,
  roles: ['SECRETARIAT'],
  scopeUnitId: scopeUnitPath.at(-1) ?? null,
  scopeUnitPath,
});

describe('findInScope', () => {
  const db = new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    entities: [ProbeRecord],
    synchronize: true,
  });
  let inside: ProbeRecord;
  let outside: ProbeRecord;
  beforeAll(async () => {
    await db.initialize();
    [inside, outside] = await db
      .getRepository(ProbeRecord)
      .save([{ unitPath: '/1/4/17/' }, { unitPath: '/1/5/' }]);
  });
  afterAll(() => db.destroy());

  test("a record inside the caller's unit is returned", async () => {
    await expect(
      findInScope(db.manager, ward(['1', '4']), ProbeRecord, String(inside.id), { what: 'Probe' }),
    ).resolves.toMatchObject({ id: inside.id });
  });

  test('a missing or malformed id is NOT_FOUND naming the record', async () => {
    for (const id of ['999', 'abc', '']) {
      const refusal = findInScope(db.manager, ward(['1']), ProbeRecord, id, {
        what: 'Probe',
        field: 'probeId',
      });
      await expect(refusal).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND', messageKey: 'errors.notFound', field: 'probeId' },
      });
    }
  });

  test("a record outside the caller's unit is FORBIDDEN", async () => {
    const refusal = findInScope(db.manager, ward(['1', '4']), ProbeRecord, String(outside.id), {
      what: 'Probe',
      scopeWhat: 'probes',
    });
    await expect(refusal).rejects.toMatchObject({
      message: 'You may only act on probes inside your own unit and the units below it.',
      extensions: { code: 'FORBIDDEN', messageKey: 'errors.outsideScope', params: { what: 'probes' } },
    });
  });
});
