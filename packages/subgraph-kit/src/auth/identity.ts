import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { unauthenticated } from '../errors';

export const ROLES = [
  'ADMIN',
  'SECRETARIAT',
  'COMMITTEE_MEMBER',
  'TRAINING_COORDINATOR',
  'DONATIONS_OFFICER',
  'AWARD_COMMITTEE',
  'VIEWER',
] as const;
export type RoleName = (typeof ROLES)[number];

/** Who is calling: what a verified token says. Roles are held for `scopeUnitId` and its descendants. */
export interface Identity {
  accountId: string;
  username: string;
  personId: string | null;
  roles: RoleName[];
  /** null means the whole tree (administrators). */
  scopeUnitId: string | null;
  /** Ids from the root down to the scope unit, so services can test "within scope" on stored unit paths. */
  scopeUnitPath: string[];
}

const ISSUER = 'dx-suite/directory';
const AUDIENCE = 'dx-suite';
/** No token is accepted, or signed, for longer than this (a stolen one dies within the day). */
export const MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;

export interface TokenKeys {
  /** PEM (PKCS#8) Ed25519 private key; only the directory holds it. */
  privateKeyPem?: string;
  /** PEM (SPKI) Ed25519 public key; every subgraph verifies with it. */
  publicKeyPem: string;
}

export class TokenService {
  private readonly publicKey: KeyObject;
  private readonly privateKey?: KeyObject;

  constructor(keys: TokenKeys) {
    this.publicKey = createPublicKey(keys.publicKeyPem);
    if (keys.privateKeyPem) this.privateKey = createPrivateKey(keys.privateKeyPem);
  }

  async sign(identity: Identity, ttlSeconds: number): Promise<string> {
    if (!this.privateKey) throw new Error('This service holds no signing key.');
    if (ttlSeconds > MAX_TOKEN_LIFETIME_SECONDS) {
      throw new Error(
        `A token may live at most ${MAX_TOKEN_LIFETIME_SECONDS} s; DX_TOKEN_TTL_SECONDS asks for ${ttlSeconds}.`,
      );
    }
    return new SignJWT({
      username: identity.username,
      personId: identity.personId,
      roles: identity.roles,
      scopeUnitId: identity.scopeUnitId,
      scopeUnitPath: identity.scopeUnitPath,
    })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(identity.accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.privateKey);
  }

  /** Throws UNAUTHENTICATED with a message that says what is wrong with the token. */
  async verify(token: string): Promise<Identity> {
    try {
      // exp, iat, sub, issuer and audience are all required; iat bounds the age whatever exp says.
      const { payload } = await jwtVerify(token, this.publicKey, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['EdDSA'],
        requiredClaims: ['exp', 'iat', 'sub', 'iss', 'aud'],
        maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
      });
      if ((payload.exp as number) - (payload.iat as number) > MAX_TOKEN_LIFETIME_SECONDS) {
        throw new joseErrors.JWTClaimValidationFailed('lifetime too long', payload, 'exp', 'check_failed');
      }
      return {
        accountId: String(payload.sub),
        username: String(payload.username),
        personId: (payload.personId as string | null) ?? null,
        roles: (payload.roles as RoleName[]) ?? [],
        scopeUnitId: (payload.scopeUnitId as string | null) ?? null,
        scopeUnitPath: (payload.scopeUnitPath as string[]) ?? [],
      };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired)
        throw unauthenticated('Your session has expired. Sign in again.', 'errors.sessionExpired');
      throw unauthenticated('Your sign-in token is not valid. Sign in again.', 'errors.invalidToken');
    }
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1];
}
