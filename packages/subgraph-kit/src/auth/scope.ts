import { forbidden, unauthenticated } from '../errors';
import type { Identity, RoleName } from './identity';

/**
 * Units are stored with their path from the root ("/1/4/17/"), so "within the caller's scope" is a
 * prefix test in memory and an indexed `LIKE 'prefix%'` in SQL.
 */
export function encodeUnitPath(ids: string[]): string {
  return `/${ids.join('/')}/`;
}

export function scopePrefix(identity: Identity): string | null {
  if (identity.roles.includes('ADMIN') || identity.scopeUnitId === null) return null;
  return encodeUnitPath(identity.scopeUnitPath);
}

export function isWithinScope(identity: Identity, unitPath: string): boolean {
  const prefix = scopePrefix(identity);
  return prefix === null || unitPath.startsWith(prefix);
}

export function requireIdentity(identity: Identity | undefined): Identity {
  if (!identity) throw unauthenticated();
  return identity;
}

export function hasAnyRole(identity: Identity, roles: readonly RoleName[]): boolean {
  return identity.roles.includes('ADMIN') || roles.some((r) => identity.roles.includes(r));
}

export function assertWithinScope(identity: Identity, unitPath: string, what = 'this unit'): void {
  if (!isWithinScope(identity, unitPath)) {
    throw forbidden(
      `You may only act on ${what} inside your own unit and the units below it.`,
      { what },
      'errors.outsideScope',
    );
  }
}
