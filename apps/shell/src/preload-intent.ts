import { useEffect } from 'react';
import type { RemoteEntry } from './remotes';

/** The desk a same-origin link points at (`/tasks`, `/tasks/12?x=1`), if it is one of `remotes`. */
export function deskOfLink(href: string, origin: string, remotes: RemoteEntry[]): RemoteEntry | undefined {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  const first = url.pathname.split('/')[1];
  return remotes.find((r) => r.name === first);
}

/**
 * Preloads a desk when the pointer rests on, or focus reaches, any link to it: the side navigation,
 * the home's desk cards and figures. One listener on the document, so no component needs to know.
 * `preload` is the shell's `preloadDesk` (the single-app twin of bench/frontend passes its own).
 */
export function usePreloadOnIntent(remotes: RemoteEntry[], preload: (remote: RemoteEntry) => void): void {
  useEffect(() => {
    if (remotes.length === 0) return;
    const onIntent = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link) return;
      const remote = deskOfLink(link.getAttribute('href') ?? '', window.location.origin, remotes);
      if (remote) preload(remote);
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, [remotes, preload]);
}
