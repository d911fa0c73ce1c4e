import argon2 from 'argon2';
import pino from 'pino';
import { codes, dialectUnderTest, ok, postGraphQL, startStack, type TestStack } from '@dx/test-kit';
import { definition, seedDirectoryDemo } from '@dx/service-directory';

let stack: TestStack;
let admin: string;

beforeAll(async () => {
  stack = await startStack({
    services: [definition],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
  admin = await stack.login('admin');
});
afterAll(() => stack?.stop());

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token account { username } } }';
/** Straight to the directory, as the gateway would forward a browser at `address`. */
const loginFrom = (address: string, u: string, p: string) =>
  postGraphQL<any>(stack.services.directory.url, LOGIN, { u, p }, undefined, { 'x-forwarded-for': address });

const newAccount = async (username: string) =>
  ok(
    await stack.query(
      'mutation ($u: String!) { createAccount(input: { username: $u, password: "right-password", roles: [VIEWER], scopeUnitId: "1" }) { id } }',
      { u: username },
      admin,
    ),
  );

describe(`sign-in limits (${dialectUnderTest})`, () => {
  test('forty wrong passwords at once, then the right one: refused, and at most five were checked', async () => {
    await newAccount('raced');
    const verify = jest.spyOn(argon2, 'verify');
    const wrong = await Promise.all(
      Array.from({ length: 40 }, () => stack.query(LOGIN, { u: 'raced', p: 'wrong-guess' })),
    );
    const checked = verify.mock.calls.length;
    const right = await stack.query(LOGIN, { u: 'raced', p: 'right-password' });
    verify.mockRestore();
    expect(checked).toBeLessThanOrEqual(5);
    expect(wrong.filter((r) => codes(r)[0] === 'UNAUTHENTICATED')).toHaveLength(checked);
    expect(wrong.filter((r) => codes(r)[0] === 'RATE_LIMITED')).toHaveLength(40 - checked);
    expect(codes(right)).toEqual(['RATE_LIMITED']);
    expect(right.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  test('an unknown username is refused and locked exactly like a real one', async () => {
    await newAccount('realname');
    const answers = async (u: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await loginFrom('10.9.9.9', u, 'wrong-guess');
        out.push(`${codes(r)[0]}: ${r.errors![0].message}`);
      }
      return out;
    };
    const real = await answers('realname');
    const ghost = await answers('ghost-name');
    expect(ghost).toEqual(real);
    expect(real[5]).toMatch(/^RATE_LIMITED/);
  });

  test('five wrong passwords for admin from one address do not lock the admin out elsewhere', async () => {
    for (let i = 0; i < 6; i++) await loginFrom('203.0.113.7', 'admin', 'guess-guess');
    expect(codes(await loginFrom('203.0.113.7', 'admin', 'demo1234'))).toEqual(['RATE_LIMITED']);
    expect(ok(await loginFrom('198.51.100.2', 'admin', 'demo1234')).login.account.username).toBe('admin');
  });

  test('a flood from one address is cut off before the passwords are checked', async () => {
    const verify = jest.spyOn(argon2, 'verify');
    const results = [];
    for (let i = 0; i < 70; i++) results.push(await loginFrom('192.0.2.50', `made-up-${i}`, 'whatever1'));
    const checked = verify.mock.calls.length;
    verify.mockRestore();
    expect(checked).toBe(60);
    expect(codes(results[69])).toEqual(['RATE_LIMITED']);
    // Another address is not affected.
    expect(ok(await loginFrom('192.0.2.51', 'viewer', 'demo1234')).login.account.username).toBe('viewer');
  });
});

describe(`usernames (${dialectUnderTest})`, () => {
  test('full-width and upper-case spellings sign in as the account; accented or invisible ones do not', async () => {
    expect(
      ok(await stack.query<any>(LOGIN, { u: 'ＶＩＥＷＥＲ', p: 'demo1234' })).login.account.username,
    ).toBe('viewer');
    for (const u of ['víewer', 'viewer\u200b', 'view\u00a0er', '\ufeffviewer']) {
      const r = await stack.query(LOGIN, { u, p: 'demo1234' });
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    }
  });

  test('an account is created under its normalised name; invisible characters are refused', async () => {
    const made = ok(
      await stack.query<any>(
        'mutation { createAccount(input: { username: "Ｎｅｗ.User", password: "long-enough", roles: [VIEWER], scopeUnitId: "1" }) { username } }',
        {},
        admin,
      ),
    );
    expect(made.createAccount.username).toBe('new.user');
    const invisible = await stack.query(
      'mutation ($u: String!) { createAccount(input: { username: $u, password: "long-enough", roles: [VIEWER], scopeUnitId: "1" }) { id } }',
      { u: 'zero\u200bwidth' },
      admin,
    );
    expect(invisible.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(invisible.errors![0].message).toMatch(/invisible/);
    const twin = await stack.query(
      'mutation { createAccount(input: { username: "NEW.USER", password: "long-enough", roles: [VIEWER], scopeUnitId: "1" }) { id } }',
      {},
      admin,
    );
    expect(codes(twin)).toEqual(['CONFLICT']);
  });
});
