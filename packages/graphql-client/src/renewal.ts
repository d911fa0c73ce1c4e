import { endSession, getSession, setRenewer, startSession, type Session } from './session';

/**
 * Short access tokens, renewed through the gateway's /auth routes. The session's secret is an
 * httpOnly cookie (Path=/auth): this code never sees it, it only asks for a fresh token.
 * Kept free of Apollo so the sign-in page stays light.
 */
export type AuthRoute = 'sign-in' | 'renew' | 'sign-out';

export class AuthRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let configuredGatewayUrl: string | undefined;

/** /auth/<route> on the gateway's origin (the same origin as its /graphql). */
export function authUrl(gatewayUrl: string, route: AuthRoute): string {
  const base = new URL(gatewayUrl, globalThis.location?.href ?? 'http://localhost/');
  return new URL(`/auth/${route}`, base).toString();
}

async function postAuth(gatewayUrl: string, route: AuthRoute, body: Record<string, unknown> = {}) {
  const response = await fetch(authUrl(gatewayUrl, route), {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', 'x-dx-auth': '1' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const answer = (await response.json().catch(() => ({}))) as {
    data?: { session?: Session };
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: response.status, session: answer.data?.session, error: answer.errors?.[0] };
}

/** Signs in and opens a session (the gateway sets the cookie). Refusals throw AuthRefusal with the server's code. */
export async function signInWithSession(gatewayUrl: string, username: string, password: string) {
  let answer: Awaited<ReturnType<typeof postAuth>>;
  try {
    answer = await postAuth(gatewayUrl, 'sign-in', { username, password });
  } catch (error) {
    throw new AuthRefusal('NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (answer.error) throw new AuthRefusal(answer.error.extensions?.code ?? 'UNKNOWN', answer.error.message);
  if (!answer.session)
    throw new AuthRefusal(answer.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'UNKNOWN', String(answer.status));
  return answer.session;
}

/** One renewal: a fresh token starts; a refused session is ended (the sign-in page says so). */
export async function renewNow(gatewayUrl: string): Promise<'renewed' | 'refused' | 'unreachable'> {
  try {
    const answer = await postAuth(gatewayUrl, 'renew');
    if (answer.session) {
      startSession(answer.session);
      return 'renewed';
    }
    if (answer.status === 401) {
      endSession('expired');
      return 'refused';
    }
    return 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/** At start-up: keep tokens renewed, and pick the session up from the cookie when no token is held. */
export async function resumeSession(gatewayUrl: string): Promise<void> {
  configuredGatewayUrl = gatewayUrl;
  setRenewer(() => renewNow(gatewayUrl));
  if (!getSession()) await renewNow(gatewayUrl);
}

/** Sign-out: the gateway ends the session and clears the cookie; the page forgets the token either way. */
export async function signOut(gatewayUrl = configuredGatewayUrl): Promise<void> {
  try {
    if (gatewayUrl) await postAuth(gatewayUrl, 'sign-out');
  } finally {
    endSession('signed-out');
  }
}
