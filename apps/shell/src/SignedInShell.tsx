import { ApolloProvider } from '@apollo/client/react';
import { use, useMemo } from 'react';
import { DxUiProvider } from '@dx/design-system';
import { createApolloClient } from '@dx/graphql-client';
import { ShellApp } from './ShellApp';
import { loadRemoteList } from './remotes';

const remoteList = loadRemoteList();

export default function SignedInShell({ gatewayUrl }: { gatewayUrl: string }) {
  const remotes = use(remoteList);
  // A new client per sign-in, so nothing cached for one account is shown to the next.
  const client = useMemo(() => createApolloClient({ gatewayUrl }), [gatewayUrl]);
  return (
    <ApolloProvider client={client}>
      <DxUiProvider>
        <ShellApp remotes={remotes} />
      </DxUiProvider>
    </ApolloProvider>
  );
}
