/**
 * The single-app twin's stand-in for apps/shell/src/remotes.ts: the same exports, but each desk is
 * an ordinary code-split import of its App (no Module Federation runtime, manifests or shared scope).
 * bench/frontend/build-twin.js swaps it in for the shell's module when it builds the twin.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface RemoteEntry {
  name: string;
  entry: string;
}

type DeskModule = Promise<{ default: ComponentType }>;

const DESKS: Record<string, () => DeskModule> = {
  directory: () => import('../../../apps/directory/src/App'),
  tasks: () => import('../../../apps/tasks/src/App'),
  training: () => import('../../../apps/training/src/App'),
  donations: () => import('../../../apps/donations/src/App'),
  awards: () => import('../../../apps/awards/src/App'),
  campaigns: () => import('../../../apps/campaigns/src/App'),
};

export async function loadRemoteList(): Promise<RemoteEntry[]> {
  return Object.keys(DESKS).map((name) => ({ name, entry: '' }));
}

export class RemoteUnavailableError extends Error {
  constructor(
    readonly remote: string,
    cause?: unknown,
  ) {
    super(`The ${remote} desk could not be loaded`, { cause });
  }
}

export function lazyRemoteApp(remote: RemoteEntry, _attempt: number): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    try {
      return await DESKS[remote.name]!();
    } catch (error) {
      throw new RemoteUnavailableError(remote.name, error);
    }
  });
}

/** As the shell does on hover: start fetching the desk's chunks. */
export function preloadDesk(remote: RemoteEntry): void {
  void DESKS[remote.name]?.().catch(() => undefined);
}
