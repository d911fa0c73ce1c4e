import { useCallback, useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type Role, type Session } from './session';

export interface SessionView {
  session: Session | null;
  roles: readonly Role[];
  /** True when the account holds one of the roles; ADMIN holds every desk's rights. */
  hasAnyRole: (...roles: Role[]) => boolean;
}

export function rolesAllow(held: readonly Role[], wanted: readonly Role[]): boolean {
  return held.includes('ADMIN') || wanted.some((role) => held.includes(role));
}

export function useSession(): SessionView {
  const session = useSyncExternalStore(subscribeSession, getSession, getSession);
  const roles = session?.account.roles ?? [];
  const hasAnyRole = useCallback((...wanted: Role[]) => rolesAllow(roles, wanted), [roles]);
  return { session, roles, hasAnyRole };
}
