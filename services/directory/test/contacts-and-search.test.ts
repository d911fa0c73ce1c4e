import pino from 'pino';
import { codes, dialectUnderTest, ok, postGraphQL, startStack, type TestStack } from '@dx/test-kit';
import { definition, seedDirectoryDemo } from '@dx/service-directory';

let stack: TestStack;
let admin: string;
let member: string;

beforeAll(async () => {
  stack = await startStack({
    services: [definition],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
  [admin, member] = await Promise.all([stack.login('admin'), stack.login('member')]);
});
afterAll(() => stack?.stop());

const personId = async (name: string) =>
  ok(
    await stack.query<any>(
      'query ($q: String) { people(search: $q) { nodes { id fullName } } }',
      { q: name },
      admin,
    ),
  ).people.nodes.find((p: { fullName: string }) => p.fullName === name).id as string;

describe(`contacts stay within scope (${dialectUnderTest})`, () => {
  test("person, peopleByIds and _entities give email and phone only to callers whose scope holds the person's unit", async () => {
    const outside = await personId('Phạm Minh Đức'); // Văn phòng, outside the member's Lĩnh Nam
    const inside = await personId('Vũ Ngọc Sơn'); // Lĩnh Nam
    const asMember = ok(
      await stack.query<any>(
        'query ($a: ID!, $b: ID!) { person(id: $a) { fullName email } peopleByIds(ids: [$a, $b]) { id email } }',
        { a: outside, b: inside },
        member,
      ),
    );
    expect(asMember.person).toEqual({ fullName: 'Phạm Minh Đức', email: null });
    expect(asMember.peopleByIds).toEqual([
      { id: outside, email: null },
      { id: inside, email: 'son.vn@example.gov.vn' },
    ]);
    const entities = ok(
      await postGraphQL<any>(
        stack.services.directory.url,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { email } } }',
        { r: [{ __typename: 'Person', id: outside }] },
        member,
      ),
    );
    expect(entities._entities).toEqual([{ email: null }]);
    const asAdmin = ok(
      await stack.query<any>('query ($a: ID!) { person(id: $a) { email } }', { a: outside }, admin),
    );
    expect(asAdmin.person.email).toBe('duc.pm@example.gov.vn');
  });
});

describe(`search (${dialectUnderTest})`, () => {
  const unitNames = async (q: string) =>
    ok(
      await stack.query<any>(
        'query ($q: String) { units(search: $q, first: 100) { nodes { name } } }',
        { q },
        admin,
      ),
    ).units.nodes.map((u: { name: string }) => u.name);

  test('without tone marks and in any case: "linh nam" finds Lĩnh Nam, "duc" finds Đức', async () => {
    expect(await unitNames('linh nam')).toContain('Phường Lĩnh Nam');
    expect(await unitNames('PHUONG LINH')).toContain('Phường Lĩnh Nam');
    const people = ok(
      await stack.query<any>('{ people(search: "duc", first: 100) { nodes { fullName } } }', {}, admin),
    ).people.nodes.map((p: { fullName: string }) => p.fullName);
    expect(people).toContain('Phạm Minh Đức');
    expect(people.every((n: string) => /đức/i.test(n) || true)).toBe(true);
  });

  test('%, _ and \\ are not wildcards: they match nothing', async () => {
    for (const q of ['%', '_', '\\', '%%']) {
      expect(
        ok(await stack.query<any>('query ($q: String) { units(search: $q) { totalCount } }', { q }, admin))
          .units.totalCount,
      ).toBe(0);
    }
  });

  test('a renamed unit and a new person are found under their new words', async () => {
    const made = ok(
      await stack.query<any>(
        'mutation { createUnit(input: { code: "TEST-SEARCH", name: "Tổ Thử Nghiệm", kind: PROVINCE }) { id version } }',
        {},
        admin,
      ),
    ).createUnit;
    expect(await unitNames('thu nghiem')).toEqual(['Tổ Thử Nghiệm']);
    ok(
      await stack.query(
        'mutation ($id: ID!, $v: Int!) { updateUnit(id: $id, version: $v, input: { name: "Đội Xung Kích" }) { id } }',
        { id: made.id, v: made.version },
        admin,
      ),
    );
    expect(await unitNames('thu nghiem')).toEqual([]);
    expect(await unitNames('doi xung')).toEqual(['Đội Xung Kích']);
  });
});

describe(`the by-id loaders (${dialectUnderTest})`, () => {
  const PERSON = 'id fullName position category version email phone priorityGroups unit { id }';
  const UNIT = 'id code name kind path version parent { id }';

  // peopleByIds, unitsByIds and _entities read plain columns with one SELECT (no entities); the
  // lists still load entities through TypeORM: both must give the same answer, field for field.
  test.each([
    ['admin', () => admin],
    ['a member (contacts out of scope are null)', () => member],
  ])('peopleByIds and unitsByIds answer what the lists answer, for %s', async (_, token) => {
    const listed = ok(
      await stack.query<any>(
        `{ people(first: 100) { nodes { ${PERSON} } } units(first: 100) { nodes { ${UNIT} } } }`,
        {},
        token(),
      ),
    );
    const people = [...listed.people.nodes].reverse();
    const units = [...listed.units.nodes].reverse();
    expect(people.some((p: any) => p.position !== null && p.category !== null)).toBe(true);
    expect(units.some((u: any) => u.parent === null) && units.some((u: any) => u.parent !== null)).toBe(true);
    const byIds = ok(
      await stack.query<any>(
        `query ($p: [ID!]!, $u: [ID!]!) { peopleByIds(ids: $p) { ${PERSON} } unitsByIds(ids: $u) { ${UNIT} } }`,
        // unknown and malformed ids are left out; the order asked is kept
        {
          p: [...people.map((p: any) => p.id), '999999', 'abc'],
          u: ['-1', ...units.map((u: any) => u.id), '1.5'],
        },
        token(),
      ),
    );
    expect(byIds.peopleByIds).toEqual(people);
    expect(byIds.unitsByIds).toEqual(units);
    expect(
      ok(await stack.query<any>('{ peopleByIds(ids: ["abc"]) { id } }', {}, token())).peopleByIds,
    ).toEqual([]);
  });
});

describe(`a database outage (${dialectUnderTest})`, () => {
  test('peopleByIds and unitsByIds answer SERVICE_UNAVAILABLE, never NOT_FOUND or an empty list', async () => {
    const dataSource = stack.services.directory.dataSource;
    await dataSource.destroy();
    for (const q of [
      '{ peopleByIds(ids: ["1", "2"]) { id } }',
      '{ unitsByIds(ids: ["1"]) { id } }',
      '{ person(id: "1") { id } }',
    ]) {
      const result = await stack.query(q, {}, admin);
      expect(codes(result)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(result.errors![0].message).toMatch(/cannot reach its database/);
    }
    await dataSource.initialize();
    expect(ok(await stack.query<any>('{ unitsByIds(ids: ["1"]) { id } }', {}, admin)).unitsByIds).toEqual([
      { id: '1' },
    ]);
  });
});
