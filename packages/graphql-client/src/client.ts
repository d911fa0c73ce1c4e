import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { endSession, getSession } from './session';

export interface ClientOptions {
  gatewayUrl: string;
}

/** The one Apollo Client of the page: bearer token from the session, UNAUTHENTICATED ends it. */
export function createApolloClient({ gatewayUrl }: ClientOptions): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = getSession()?.token;
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });
  const sessionGuard = new ErrorLink(({ error }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && getSession()) endSession('expired');
  });
  // The gateway's CSRF prevention wants a non-simple request: JSON body plus this header.
  const http = new HttpLink({ uri: gatewayUrl, headers: { 'apollo-require-preflight': 'true' } });
  return new ApolloClient({
    link: ApolloLink.from([sessionGuard, auth, http]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
