import { MAX_TOKEN_LIFETIME_SECONDS, type Identity } from './identity';

interface Entry {
  identity: Identity;
  /** Epoch ms after which the token is no longer accepted (its exp, or iat + the longest lifetime). */
  validUntil: number;
}

/**
 * Tokens already verified, kept until they expire. Every request of a session carries the same
 * token, and an Ed25519 signature check is the costliest thing a small read does; a token that
 * verified once stays valid (same bytes, same key) until its expiry, which is checked on each use.
 * Failures are not kept: a bad token is verified (and refused) again each time.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly verify: (token: string) => Promise<Identity>,
    private readonly capacity = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  async identityOf(token: string): Promise<Identity> {
    const hit = this.entries.get(token);
    if (hit) {
      if (hit.validUntil > this.now()) return copyOf(hit.identity);
      this.entries.delete(token);
    }
    // Throws (UNAUTHENTICATED, with the reason) for an expired, forged or malformed token.
    const identity = await this.verify(token);
    const validUntil = validUntilOf(token);
    if (validUntil > this.now()) {
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(token, { identity: copyOf(identity), validUntil });
    }
    return identity;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Each request gets its own copy, so no resolver can change what another request sees. */
function copyOf(identity: Identity): Identity {
  return { ...identity, roles: [...identity.roles], scopeUnitPath: [...identity.scopeUnitPath] };
}

/** Read from a token that has just been verified: the earlier of exp and iat + the longest lifetime. */
function validUntilOf(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: number;
      iat?: number;
    };
    if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') return 0;
    return Math.min(payload.exp, payload.iat + MAX_TOKEN_LIFETIME_SECONDS) * 1000;
  } catch {
    return 0;
  }
}
