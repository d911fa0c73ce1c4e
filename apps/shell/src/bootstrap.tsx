import { createRoot } from 'react-dom/client';
import { loadRuntimeConfig } from '@dx/graphql-client/config';
import { resumeSession } from '@dx/graphql-client/renewal';
import '@dx/i18n';
import './global.css';
import { ShellRoot } from './ShellRoot';

async function start(): Promise<void> {
  const config = await loadRuntimeConfig();
  // Picks the session up from its cookie (a new tab, a reload after the token lapsed) and keeps it renewed.
  await resumeSession(config.gatewayUrl);
  createRoot(document.getElementById('root')!).render(<ShellRoot gatewayUrl={config.gatewayUrl} />);
}

void start();
