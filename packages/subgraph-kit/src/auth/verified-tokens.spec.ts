import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { TokenService, type Identity } from './identity';
import { VerifiedTokens } from './verified-tokens';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const keys = {
  publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
};
const service = new TokenService(keys);
const secretariat: Identity = {
  accountId: '7',
  username: 'secretariat',
  personId: '12',
  roles: ['SECRETARIAT'],
  scopeUnitId: '1',
  scopeUnitPath: ['1'],
};

function counting() {
  const calls: string[] = [];
  return {
    calls,
    verify: (token: string) => {
      calls.push(token);
      return service.verify(token);
    },
  };
}

describe('VerifiedTokens', () => {
  it('verifies a token once and answers its identity from memory afterwards', async () => {
    const counter = counting();
    const tokens = new VerifiedTokens(counter.verify);
    const token = await service.sign(secretariat, 600);
    expect(await tokens.identityOf(token)).toEqual(secretariat);
    expect(await tokens.identityOf(token)).toEqual(secretariat);
    expect(counter.calls).toHaveLength(1);
  });

  it('gives each caller its own copy of the identity', async () => {
    const tokens = new VerifiedTokens((t) => service.verify(t));
    const token = await service.sign(secretariat, 600);
    const first = await tokens.identityOf(token);
    first.roles.push('ADMIN');
    first.scopeUnitPath.length = 0;
    expect(await tokens.identityOf(token)).toEqual(secretariat);
  });

  it('does not answer from memory once the token has expired: it is verified again', async () => {
    let now = Date.now();
    const counter = counting();
    const tokens = new VerifiedTokens(counter.verify, 100, () => now);
    const token = await service.sign(secretariat, 60);
    await tokens.identityOf(token);
    now += 61_000;
    // The real check runs again, and jose's clock says the token is still valid: the cache must not
    // have answered (a second verify call), which is what matters here.
    await tokens.identityOf(token);
    expect(counter.calls).toHaveLength(2);
  });

  it('does not keep failures: a forged token is checked, and refused, every time', async () => {
    const counter = counting();
    const tokens = new VerifiedTokens(counter.verify);
    const { privateKey: other } = generateKeyPairSync('ed25519');
    const forged = await new SignJWT({ username: 'admin', roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('1')
      .setIssuer('dx-suite/directory')
      .setAudience('dx-suite')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(other);
    await expect(tokens.identityOf(forged)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(tokens.identityOf(forged)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(counter.calls).toHaveLength(2);
    expect(tokens.size).toBe(0);
  });

  it('holds at most its capacity, forgetting the oldest first', async () => {
    const counter = counting();
    const tokens = new VerifiedTokens(counter.verify, 2);
    const [a, b, c] = await Promise.all(
      ['a', 'b', 'c'].map((name) => service.sign({ ...secretariat, username: name }, 600)),
    );
    await tokens.identityOf(a);
    await tokens.identityOf(b);
    await tokens.identityOf(c);
    expect(tokens.size).toBe(2);
    await tokens.identityOf(c);
    expect(counter.calls).toHaveLength(3);
    await tokens.identityOf(a);
    expect(counter.calls).toHaveLength(4);
  });
});
