import { createRoot } from 'react-dom/client';
import { SHELL } from '@dx/suite-manifest';

/**
 * What a desk shows when its own address is opened instead of the shell's: a desk lives inside the
 * shell (sign-in, navigation, providers), so it points there. Light on purpose: no antd, no i18n.
 */
export function showStandaloneNotice(
  desk: string,
  shellUrl = `${location.protocol}//${location.hostname}:${SHELL.port}`,
): void {
  const root = document.getElementById('root');
  if (!root) return;
  const href = `${shellUrl}/${desk}`;
  createRoot(root).render(
    <p lang="en" style={{ fontFamily: 'sans-serif', padding: 24 }}>
      This is the {desk} desk of dx-suite. Open it through the shell: <a href={href}>{href}</a>
    </p>,
  );
}
