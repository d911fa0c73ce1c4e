import argon2 from 'argon2';

// OWASP's Argon2id baseline (19 MiB, 2 passes): memory-hard, and fast enough for a sign-in.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

/** A hash of nothing in particular, checked when the username is unknown so both answers take as long. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (!hash) {
    decoy ??= hashPassword('decoy-password-for-timing');
    await argon2.verify(await decoy, password);
    return false;
  }
  return argon2.verify(hash, password);
}

export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'A password needs at least 8 characters.';
  if (password.length > 200) return 'A password may have at most 200 characters.';
  return null;
}
