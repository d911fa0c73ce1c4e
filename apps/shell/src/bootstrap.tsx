import { createRoot } from 'react-dom/client';
import { loadRuntimeConfig } from '@dx/graphql-client/config';
import '@dx/i18n';
import './global.css';
import { ShellRoot } from './ShellRoot';

async function start(): Promise<void> {
  const config = await loadRuntimeConfig();
  createRoot(document.getElementById('root')!).render(<ShellRoot gatewayUrl={config.gatewayUrl} />);
}

void start();
