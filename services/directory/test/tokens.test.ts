import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import pino from 'pino';
import { codes, ok, startStack, type TestStack } from '@dx/test-kit';
import { definition, seedDirectoryDemo } from '@dx/service-directory';

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({
    services: [definition],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
});
afterAll(() => stack?.stop());

/** A token signed with the suite's real key, with only the claims asked for. */
function forge(claims: { exp?: number; iat?: number; iss?: string; aud?: string }) {
  let jwt = new SignJWT({ username: 'admin', roles: ['ADMIN'], scopeUnitId: null, scopeUnitPath: [] })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject('1');
  if (claims.iss) jwt = jwt.setIssuer(claims.iss);
  if (claims.aud) jwt = jwt.setAudience(claims.aud);
  if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(createPrivateKey(process.env.DX_TOKEN_PRIVATE_KEY!));
}

const now = () => Math.floor(Date.now() / 1000);
const full = () => ({ iss: 'dx-suite/directory', aud: 'dx-suite', iat: now(), exp: now() + 600 });

test('a token with the real key is accepted only with exp, iat, issuer and audience and a bounded lifetime', async () => {
  const asks = async (token: string) =>
    codes(await stack.query('{ units(first: 1) { totalCount } }', {}, token));
  expect(await asks(await forge(full()))).toEqual([]);
  expect(await asks(await forge({ ...full(), exp: undefined }))).toEqual(['UNAUTHENTICATED']);
  expect(await asks(await forge({ ...full(), iat: undefined }))).toEqual(['UNAUTHENTICATED']);
  expect(await asks(await forge({ ...full(), iss: undefined }))).toEqual(['UNAUTHENTICATED']);
  expect(await asks(await forge({ ...full(), aud: undefined }))).toEqual(['UNAUTHENTICATED']);
  expect(await asks(await forge({ ...full(), exp: now() + 30 * 86_400 }))).toEqual(['UNAUTHENTICATED']);
  expect(await asks(await forge({ ...full(), iat: now() - 13 * 3600, exp: now() + 600 }))).toEqual([
    'UNAUTHENTICATED',
  ]);
});

test('the directory refuses to sign a token for longer than 12 hours', async () => {
  const old = process.env.DX_TOKEN_TTL_SECONDS;
  process.env.DX_TOKEN_TTL_SECONDS = String(30 * 86_400);
  try {
    const result = await stack.query(
      'mutation { login(username: "viewer", password: "demo1234") { token } }',
    );
    expect(codes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
  } finally {
    if (old === undefined) delete process.env.DX_TOKEN_TTL_SECONDS;
    else process.env.DX_TOKEN_TTL_SECONDS = old;
  }
  expect(
    ok(await stack.query<any>('mutation { login(username: "viewer", password: "demo1234") { token } }')).login
      .token,
  ).toBeTruthy();
});
