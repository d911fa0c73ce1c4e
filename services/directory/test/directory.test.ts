import { SignJWT } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { pendingSchemaChanges } from '@dx/subgraph-kit';
import {
  codes,
  dialectUnderTest,
  generateTokenKeys,
  ok,
  postGraphQL,
  startStack,
  type TestStack,
} from '@dx/test-kit';
import { definition, seedDirectoryDemo } from '@dx/service-directory';
import pino from 'pino';

let stack: TestStack;
let admin: string;
let trainer: string;

beforeAll(async () => {
  stack = await startStack({
    services: [definition],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
  [admin, trainer] = await Promise.all([stack.login('admin'), stack.login('trainer')]);
});
afterAll(() => stack?.stop());

const unitId = async (code: string) => {
  const data = ok(
    await stack.query<any>(
      'query ($q: String) { units(search: $q, first: 5) { nodes { id code } } }',
      { q: code },
      admin,
    ),
  );
  return data.units.nodes.find((u: { code: string }) => u.code === code).id as string;
};

describe(`directory through the gateway (${dialectUnderTest})`, () => {
  test('the migrations describe exactly what the entities need', async () => {
    expect(await pendingSchemaChanges(stack.services.directory.dataSource)).toEqual([]);
  });

  describe('sign-in', () => {
    test('a right password gives a token that `me` recognises', async () => {
      const login = ok(
        await stack.query<any>(
          'mutation { login(username: "trainer", password: "demo1234") { token account { username roles scopeUnit { code } } } }',
        ),
      );
      expect(login.login.account).toEqual({
        username: 'trainer',
        roles: ['TRAINING_COORDINATOR'],
        scopeUnit: { code: 'HN' },
      });
      const me = ok(await stack.query<any>('{ me { username person { fullName } } }', {}, login.login.token));
      expect(me.me.username).toBe('trainer');
      expect(me.me.person.fullName).toBe('Nguyễn Thu Hà');
    });

    test('a wrong password or unknown user is refused with the same message', async () => {
      const wrong = await stack.query(
        'mutation { login(username: "admin", password: "nope-nope") { token } }',
      );
      const unknown = await stack.query(
        'mutation { login(username: "ghost", password: "demo1234") { token } }',
      );
      expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
      expect(wrong.errors![0].message).toBe('Wrong username or password.');
      expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    });

    test('five wrong passwords in a row lock the account for a while, even against the right one', async () => {
      ok(
        await stack.query(
          'mutation { createAccount(input: { username: "guessed", password: "right-password", roles: [VIEWER], scopeUnitId: "1" }) { id } }',
          {},
          admin,
        ),
      );
      const signIn = (password: string) =>
        stack.query('mutation ($p: String!) { login(username: "guessed", password: $p) { token } }', {
          p: password,
        });
      for (let i = 0; i < 5; i++)
        expect((await signIn('wrong-guess')).errors![0].message).toBe('Wrong username or password.');
      const locked = await signIn('right-password');
      expect(codes(locked)).toEqual(['RATE_LIMITED']);
      expect(locked.errors![0].message).toMatch(/Too many sign-in attempts/);
      expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(800);
    });

    test('without a token, `me` is null and private queries are refused', async () => {
      expect(ok(await stack.query<any>('{ me { id } }')).me).toBeNull();
      expect(codes(await stack.query('{ units { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    });

    test('an expired token is refused and says so', async () => {
      const old = process.env.DX_TOKEN_TTL_SECONDS;
      process.env.DX_TOKEN_TTL_SECONDS = '-60';
      const expired = await stack.login('viewer');
      if (old === undefined) delete process.env.DX_TOKEN_TTL_SECONDS;
      else process.env.DX_TOKEN_TTL_SECONDS = old;
      const result = await stack.query('{ units { totalCount } }', {}, expired);
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors![0].message).toMatch(/expired/);
    });

    test('a token signed with another key is refused', async () => {
      const forged = await new SignJWT({
        username: 'admin',
        roles: ['ADMIN'],
        scopeUnitId: null,
        scopeUnitPath: [],
      })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject('1')
        .setIssuer('dx-suite/directory')
        .setAudience('dx-suite')
        .setExpirationTime('1h')
        .sign(createPrivateKey(generateTokenKeys().privateKeyPem));
      expect(codes(await stack.query('{ units { totalCount } }', {}, forged))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await stack.query('{ units { totalCount } }', {}, 'not-a-token'))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });

  describe('a subgraph called directly', () => {
    test('answers nothing private without a token', async () => {
      const url = stack.services.directory.url;
      for (const query of [
        '{ _service { sdl } }',
        '{ _entities(representations: [{ __typename: "Person", id: "1" }]) { ... on Person { fullName } } }',
        '{ people { nodes { fullName } } }',
      ]) {
        const result = await postGraphQL(url, query);
        expect(codes(result)).toEqual(['UNAUTHENTICATED']);
        expect(result.data ?? null).toBeNull();
      }
    });

    test('resolves a batch of entity references for a signed-in caller', async () => {
      const result = await postGraphQL<any>(
        stack.services.directory.url,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { code } } }',
        {
          r: [
            { __typename: 'Unit', id: '1' },
            { __typename: 'Unit', id: '2' },
          ],
        },
        admin,
      );
      expect(ok(result)._entities.map((u: { code: string }) => u.code)).toEqual(['HN', 'HN-SKHCN']);
    });
  });

  describe('roles and unit scope', () => {
    test('only administrators create units and accounts', async () => {
      const unit = await stack.query(
        'mutation { createUnit(input: { code: "X1", name: "X", kind: PROVINCE }) { id } }',
        {},
        trainer,
      );
      expect(codes(unit)).toEqual(['FORBIDDEN']);
      const account = await stack.query(
        'mutation { createAccount(input: { username: "zz", password: "long-enough", roles: [VIEWER], scopeUnitId: "1" }) { id } }',
        {},
        trainer,
      );
      expect(codes(account)).toEqual(['FORBIDDEN']);
    });

    test('a coordinator adds people only inside the province they hold their role for', async () => {
      const lamDong = await unitId('LD-SKHCN');
      const outside = await stack.query(
        'mutation ($u: ID!) { createPerson(input: { fullName: "Out Side", unitId: $u }) { id } }',
        { u: lamDong },
        trainer,
      );
      expect(codes(outside)).toEqual(['FORBIDDEN']);
      const inside = await stack.query<any>(
        'mutation ($u: ID!) { createPerson(input: { fullName: "Trần Văn Mới", unitId: $u }) { id unit { code } } }',
        { u: await unitId('HN-LN-TDP20-CNS') },
        trainer,
      );
      expect(ok(inside).createPerson.unit.code).toBe('HN-LN-TDP20-CNS');
    });

    test("people lists stay within the caller's scope", async () => {
      const member = await stack.login('member');
      const all = ok(
        await stack.query<any>('{ people(first: 100) { totalCount nodes { unit { path } } } }', {}, member),
      );
      const linhNam = await unitId('HN-LN');
      expect(all.people.totalCount).toBeGreaterThan(0);
      expect(all.people.nodes.every((p: { unit: { path: string[] } }) => p.unit.path.includes(linhNam))).toBe(
        true,
      );
      const everyone = ok(await stack.query<any>('{ people { totalCount } }', {}, admin));
      expect(everyone.people.totalCount).toBeGreaterThan(all.people.totalCount);
    });

    test('the audit log is for administrators', async () => {
      expect(codes(await stack.query('{ directoryAuditLog { totalCount } }', {}, trainer))).toEqual([
        'FORBIDDEN',
      ]);
      const log = ok(
        await stack.query<any>(
          '{ directoryAuditLog(entityType: "Person") { nodes { action actorUsername after } } }',
          {},
          admin,
        ),
      );
      expect(log.directoryAuditLog.nodes[0]).toMatchObject({
        action: 'createPerson',
        actorUsername: 'trainer',
      });
    });
  });

  describe('validation', () => {
    const createUnit = (input: Record<string, unknown>) =>
      stack.query(
        'mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id path } }',
        { i: input },
        admin,
      );

    test('an empty name, an unknown parent and a wrong placement are refused with the field named', async () => {
      const empty = await createUnit({ code: 'E1', name: '', kind: 'PROVINCE' });
      expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
      expect(empty.errors![0].extensions!.field).toBe('name');
      const orphan = await createUnit({ code: 'E2', name: 'Phường Mới', kind: 'WARD', parentId: '999999' });
      expect(codes(orphan)).toEqual(['BAD_USER_INPUT']);
      expect(orphan.errors![0].message).toMatch(/parent unit 999999 does not exist/);
      const misplaced = await createUnit({ code: 'E3', name: 'Tổ', kind: 'COMMUNITY_TEAM', parentId: '1' });
      expect(misplaced.errors![0].message).toMatch(/cannot be placed under a province/);
    });

    test('a duplicate code or username is a CONFLICT, even when two requests race', async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, () => createUnit({ code: 'RACE', name: 'Tỉnh Đua', kind: 'PROVINCE' })),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.flatMap(codes).every((c) => c === 'CONFLICT')).toBe(true);
      const dupAccount = await stack.query(
        'mutation { createAccount(input: { username: "admin", password: "long-enough", roles: [ADMIN] }) { id } }',
        {},
        admin,
      );
      expect(codes(dupAccount)).toEqual(['CONFLICT']);
    });

    test('a short password, a bad email and a page size over 100 are refused', async () => {
      const weak = await stack.query(
        'mutation { createAccount(input: { username: "weak", password: "short", roles: [ADMIN] }) { id } }',
        {},
        admin,
      );
      expect(weak.errors![0]).toMatchObject({
        message: 'A password needs at least 8 characters.',
        extensions: { code: 'BAD_USER_INPUT', field: 'password' },
      });
      const email = await stack.query(
        'mutation { createPerson(input: { fullName: "A B", unitId: "1", email: "not-mail" }) { id } }',
        {},
        admin,
      );
      expect(email.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(codes(await stack.query('{ units(first: 500) { totalCount } }', {}, admin))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    test('a stale edit is refused and the newer value is kept', async () => {
      const person = ok(
        await stack.query<any>(
          'mutation { createPerson(input: { fullName: "Lê Văn Cũ", unitId: "1" }) { id version } }',
          {},
          admin,
        ),
      ).createPerson;
      const edit = (name: string) =>
        stack.query<any>(
          'mutation ($id: ID!, $v: Int!, $n: String) { updatePerson(id: $id, version: $v, input: { fullName: $n }) { fullName version } }',
          { id: person.id, v: person.version, n: name },
          admin,
        );
      const first = ok(await edit('Lê Văn Mới'));
      expect(first.updatePerson.version).toBe(person.version + 1);
      const stale = await edit('Lê Văn Ghi Đè');
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(
        ok(
          await stack.query<any>(
            'query ($id: ID!) { person(id: $id) { fullName } }',
            { id: person.id },
            admin,
          ),
        ).person.fullName,
      ).toBe('Lê Văn Mới');
    });
  });

  test('pages follow each other without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = ok(
        await stack.query<any>(
          'query ($a: String) { units(first: 7, after: $a) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }',
          { a: after },
          admin,
        ),
      ).units;
      total = page.totalCount;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(codes(await stack.query('{ units(after: "garbage") { totalCount } }', {}, admin))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
