import { TokenService } from '@dx/subgraph-kit';

let tokenService: TokenService | undefined;

/** Only the directory holds the signing key (DX_TOKEN_PRIVATE_KEY); every subgraph verifies with the public one. */
export function tokens(): TokenService {
  const privateKeyPem = process.env.DX_TOKEN_PRIVATE_KEY;
  const publicKeyPem = process.env.DX_TOKEN_PUBLIC_KEY;
  if (!privateKeyPem || !publicKeyPem)
    throw new Error('DX_TOKEN_PRIVATE_KEY and DX_TOKEN_PUBLIC_KEY must be set.');
  return (tokenService ??= new TokenService({ privateKeyPem, publicKeyPem }));
}

/**
 * How long an access token lives: short, because it cannot be taken back. A browser renews it
 * through its session (store/sessions.ts); a script signs in again.
 */
export function tokenTtlSeconds(): number {
  return Number(process.env.DX_TOKEN_TTL_SECONDS ?? 10 * 60);
}

/** How long a session may renew tokens before its owner must sign in again. */
export function sessionTtlSeconds(): number {
  return Number(process.env.DX_SESSION_TTL_SECONDS ?? 8 * 3600);
}
