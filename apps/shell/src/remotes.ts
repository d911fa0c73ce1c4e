import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface RemoteEntry {
  name: string;
  /** URL of the remote's mf-manifest.json. */
  entry: string;
}

/** The deployment lists its remotes beside the shell, so a desk is redeployed without rebuilding the shell. */
export async function loadRemoteList(url = '/remotes.json'): Promise<RemoteEntry[]> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return [];
    const body = (await response.json()) as { remotes?: RemoteEntry[] };
    const remotes = body.remotes ?? [];
    registerRemotes(remotes);
    return remotes;
  } catch {
    return [];
  }
}

export class RemoteUnavailableError extends Error {
  constructor(
    readonly remote: string,
    cause?: unknown,
  ) {
    super(`The ${remote} desk could not be loaded`, { cause });
  }
}

/**
 * A lazy component for a remote's `./App`. Each call makes a fresh one, so Retry loads again
 * (after re-registering the remote, which drops the runtime's cached failure).
 */
export function lazyRemoteApp(remote: RemoteEntry, attempt: number): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    if (attempt > 0) registerRemotes([remote], { force: true });
    try {
      const module = await loadRemote<{ default: ComponentType }>(`${remote.name}/App`);
      if (!module?.default) throw new RemoteUnavailableError(remote.name);
      return module;
    } catch (error) {
      throw error instanceof RemoteUnavailableError ? error : new RemoteUnavailableError(remote.name, error);
    }
  });
}

const preloaded = new Set<string>();

/**
 * Loads a desk's `./App` before the click (hover or focus of a link to it), through the same
 * `loadRemote` the click uses, so a desk that fails fails the same way (RemoteArea shows the error,
 * Retry re-registers). Not MF's `preloadRemote`: its preloaded script tags, when blocked, left the
 * click's own load hanging with no error (containment e2e, campaigns blocked after the home had
 * preloaded it); nor a forced re-registration on failure, which raced the click's load.
 * Once per desk, again after a failure.
 */
export function preloadDesk(remote: RemoteEntry): void {
  if (preloaded.has(remote.name)) return;
  preloaded.add(remote.name);
  Promise.resolve()
    .then(() => loadRemote(`${remote.name}/App`))
    .catch(() => preloaded.delete(remote.name));
}
