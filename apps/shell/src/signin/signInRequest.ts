import type { SignInMutation } from '@dx/graphql-client';
import type { Session } from '@dx/graphql-client/session';

/**
 * The sign-in page is the first route, so it talks to the gateway with a plain fetch: Apollo,
 * graphql, antd and the router load only once someone is signed in (see bench/frontend-bundle).
 * Same operation as `SignIn` in packages/graphql-client/src/graphql/session.graphql.
 */
const SIGN_IN = `mutation SignIn($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token expiresAt
    account { id username roles scopeUnit { id name kind } person { id fullName } }
  }
}`;

export class SignInError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function requestSignIn(
  gatewayUrl: string,
  username: string,
  password: string,
): Promise<Session> {
  let response: Response;
  try {
    response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ operationName: 'SignIn', query: SIGN_IN, variables: { username, password } }),
    });
  } catch (error) {
    throw new SignInError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: SignInMutation | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const [error] = body.errors ?? [];
  if (error) throw new SignInError(error.extensions?.code ?? 'UNKNOWN', error.message);
  if (!body.data?.login)
    throw new SignInError(response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'UNKNOWN', response.statusText);
  return body.data.login;
}
