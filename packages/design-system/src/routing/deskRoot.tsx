import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useLocation, useNavigate, useParams, type NavigateOptions } from 'react-router';

/**
 * Where the shell mounted this desk (e.g. `/tasks`). Every link of a desk is written from here, so
 * a link means the same thing on a tab, on a sub-page and in a header button.
 */
const DeskRootContext = createContext<string | null>(null);

/** The mount point of the route we are in: the path without what its `*` matched. */
function useMountPoint(): string {
  const { pathname } = useLocation();
  const splat = useParams()['*'] ?? '';
  const segments = pathname.replace(/\/+$/, '').split('/');
  // Count segments rather than characters: the pathname is URL-encoded, the parameter is not.
  const matched = splat ? splat.replace(/\/+$/, '').split('/').length : 0;
  return segments.slice(0, segments.length - matched).join('/') || '';
}

/** Fixes the desk's root for everything below; `DeskRoutes` does this, a test may too. */
export function DeskRootProvider({ root, children }: { root?: string; children: ReactNode }) {
  const mounted = useMountPoint();
  return <DeskRootContext.Provider value={root ?? mounted}>{children}</DeskRootContext.Provider>;
}

/** The desk's root; outside `DeskRoutes` (a page rendered alone in a test), the route's mount point. */
export function useDeskRoot(): string {
  const root = useContext(DeskRootContext);
  const mounted = useMountPoint();
  return root ?? mounted;
}

/**
 * A path inside the desk, written from its root: `deskPath('list/new')` is `/tasks/list/new` on
 * every screen of the tasks desk. Query strings and hashes pass through.
 */
export function useDeskPath(): (to: string) => string {
  const root = useDeskRoot();
  return useCallback((to: string) => joinDeskPath(root, to), [root]);
}

export function joinDeskPath(root: string, to: string): string {
  const rest = to.replace(/^\/+/, '');
  if (!rest) return root || '/';
  if (rest.startsWith('?') || rest.startsWith('#')) return `${root || '/'}${rest}`;
  return `${root}/${rest}`;
}

export interface DeskNavigateOptions extends NavigateOptions {
  /**
   * After a save, replace the form in the history so Back does not reopen an empty form.
   * Defaults to false (an ordinary step forward).
   */
  replace?: boolean;
}

/** `navigate` with paths written from the desk's root. */
export function useDeskNavigate(): (to: string, options?: DeskNavigateOptions) => void {
  const navigate = useNavigate();
  const deskPath = useDeskPath();
  return useCallback(
    (to: string, options?: DeskNavigateOptions) => void navigate(deskPath(to), options),
    [navigate, deskPath],
  );
}
