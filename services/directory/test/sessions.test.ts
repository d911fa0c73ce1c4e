import pino from 'pino';
import { codes, dialectUnderTest, ok, startStack, type TestStack } from '@dx/test-kit';
import { definition, seedDirectoryDemo } from '@dx/service-directory';

/**
 * Browser sessions through the real gateway: /auth/sign-in sets an httpOnly cookie, /auth/renew
 * trades it for a fresh short token, /auth/sign-out, a new password and a deactivation end it.
 */
let stack: TestStack;
let admin: string;
let auth: (
  route: string,
  init?: { cookie?: string; body?: unknown; headers?: Record<string, string> },
) => Promise<Response>;

beforeAll(async () => {
  stack = await startStack({
    services: [definition],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
  admin = await stack.login('admin');
  const origin = new URL(stack.gatewayUrl).origin;
  auth = (route, init = {}) =>
    fetch(`${origin}/auth/${route}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-dx-auth': '1',
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...init.headers,
      },
      body: JSON.stringify(init.body ?? {}),
    });
});
afterAll(() => stack?.stop());

/** Signs in as a browser would; returns the cookie to send back and the first token. */
async function browserSignIn(username: string, password = 'demo1234') {
  const response = await auth('sign-in', { body: { username, password } });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const body = (await response.json()) as any;
  return {
    response,
    setCookie,
    cookie: setCookie.split(';')[0],
    body,
    token: body.data?.session?.token as string,
  };
}

const me = async (token: string) =>
  (await stack.query<{ me: { username: string } | null }>('{ me { username } }', {}, token)).data?.me
    ?.username;

async function renewedToken(cookie: string) {
  const response = await auth('renew', { cookie });
  const body = (await response.json()) as any;
  return { status: response.status, token: body.data?.session?.token as string | undefined, body };
}

async function accountOf(username: string) {
  const data = ok(
    await stack.query<any>(
      'query ($q: String) { accounts(search: $q, first: 5) { nodes { id username version } } }',
      { q: username },
      admin,
    ),
  );
  return data.accounts.nodes.find((a: any) => a.username === username) as { id: string; version: number };
}

async function updateAccount(username: string, input: Record<string, unknown>) {
  const account = await accountOf(username);
  ok(
    await stack.query(
      'mutation ($id: ID!, $v: Int!, $input: UpdateAccountInput!) { updateAccount(id: $id, version: $v, input: $input) { id } }',
      { id: account.id, v: account.version, input },
      admin,
    ),
  );
}

describe(`browser sessions through the gateway (${dialectUnderTest})`, () => {
  test('sign-in sets an httpOnly, SameSite=Strict cookie on /auth and hands out a short token only', async () => {
    const { response, setCookie, body, token } = await browserSignIn('viewer');
    expect(response.status).toBe(200);
    expect(setCookie).toMatch(/^dx_session=\d+\.[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/auth/);
    // The secret is only in the cookie: the JSON a script reads does not carry it.
    expect(JSON.stringify(body)).not.toContain(setCookie.split(';')[0].split('=')[1]);
    expect(Object.keys(body.data.session).sort()).toEqual(['account', 'expiresAt', 'token']);
    const lifetime = Date.parse(body.data.session.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(8 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(10 * 60_000);
    expect(body.data.session.account.username).toBe('viewer');
    expect(await me(token)).toBe('viewer');
  });

  test('a wrong password is refused in the GraphQL shape and sets no cookie', async () => {
    const { response, setCookie, body } = await browserSignIn('viewer', 'not-the-password');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(setCookie).toBe('');
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('renewal gives a fresh token that works; no cookie or a forged one is refused', async () => {
    const { cookie } = await browserSignIn('viewer');
    const renewed = await renewedToken(cookie);
    expect(renewed.status).toBe(200);
    expect(await me(renewed.token!)).toBe('viewer');
    expect((await auth('renew')).status).toBe(401);
    const forged = cookie.replace(/\.(.)/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    const refused = await renewedToken(forged);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('after sign-out the old cookie renews nothing', async () => {
    const { cookie } = await browserSignIn('viewer');
    const out = await auth('sign-out', { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^dx_session=;.*Expires=Thu, 01 Jan 1970/);
    const refused = await renewedToken(cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.messageKey).toBe('errors.sessionEnded');
  });

  test("a new password ends every session of that account, and only that account's", async () => {
    const first = await browserSignIn('member');
    const second = await browserSignIn('member');
    const other = await browserSignIn('trainer');
    await updateAccount('member', { password: 'a-new-password-1' });
    expect((await renewedToken(first.cookie)).status).toBe(401);
    expect((await renewedToken(second.cookie)).status).toBe(401);
    expect((await renewedToken(other.cookie)).status).toBe(200);
    const again = await browserSignIn('member', 'a-new-password-1');
    expect((await renewedToken(again.cookie)).status).toBe(200);
  });

  test('deactivating an account ends its sessions', async () => {
    const { cookie } = await browserSignIn('awards');
    await updateAccount('awards', { active: false });
    expect((await renewedToken(cookie)).status).toBe(401);
  });

  test('the session routes are not part of the public API, and a plain form post is refused', async () => {
    const viaGraphql = await stack.query('mutation { renewSession(renewal: "1.x") { token } }', {});
    expect(codes(viaGraphql)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const form = await fetch(`${new URL(stack.gatewayUrl).origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=viewer&password=demo1234',
    });
    expect(form.status).toBe(400);
    expect(form.headers.get('set-cookie')).toBeNull();
  });
});
