import { ApolloProvider } from '@apollo/client/react';
import { createRoot } from 'react-dom/client';
import { DxUiProvider } from '@dx/design-system';
import { createApolloClient, loadRuntimeConfig } from '@dx/graphql-client';
import '@dx/i18n';
import './global.css';
import { ShellApp } from './ShellApp';
import { loadRemoteList } from './remotes';

async function start(): Promise<void> {
  const [config, remotes] = await Promise.all([loadRuntimeConfig(), loadRemoteList()]);
  const client = createApolloClient({ gatewayUrl: config.gatewayUrl });
  createRoot(document.getElementById('root')!).render(
    <ApolloProvider client={client}>
      <DxUiProvider>
        <ShellApp remotes={remotes} />
      </DxUiProvider>
    </ApolloProvider>,
  );
}

void start();
