import { lazy, Suspense, useSyncExternalStore } from 'react';
import { getSession, subscribeSession } from '@dx/graphql-client/session';
import { SignInPage } from './signin/SignInPage';

// Everything a signed-in user needs (antd, Apollo, the router, the desks) loads after sign-in.
const SignedInShell = lazy(() => import('./SignedInShell'));

/** Signed out: the light sign-in page at whatever URL was asked for; signed in: the suite at that URL. */
export function ShellRoot({ gatewayUrl }: { gatewayUrl: string }) {
  const session = useSyncExternalStore(subscribeSession, getSession, getSession);
  if (!session) return <SignInPage gatewayUrl={gatewayUrl} />;
  return (
    <Suspense fallback={<div className="shell-loading" role="status" aria-busy="true" />}>
      <SignedInShell gatewayUrl={gatewayUrl} />
    </Suspense>
  );
}
