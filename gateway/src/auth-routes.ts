import { randomUUID } from 'node:crypto';
import cors from 'cors';
import express, { Router, type CookieOptions, type Request, type Response } from 'express';

/** The cookie that holds a browser's session; only /auth on the gateway ever receives it. */
export const SESSION_COOKIE = 'dx_session';
const COOKIE_PATH = '/auth';

const ACCOUNT = 'account { id username roles scopeUnit { id name kind } person { id fullName } }';
const OPEN = `mutation ($u: String!, $p: String!) { openSession(username: $u, password: $p) { token expiresAt renewal renewalExpiresAt ${ACCOUNT} } }`;
const RENEW = `mutation ($r: String!) { renewSession(renewal: $r) { token expiresAt renewalExpiresAt ${ACCOUNT} } }`;
const END = 'mutation ($r: String!) { endSession(renewal: $r) }';

interface GraphQLAnswer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface AuthRoutesOptions {
  /** The directory subgraph's /graphql (read per request: tests bind ports late). */
  directoryUrl: () => string;
  corsOrigins: string[];
  timeoutMs: number;
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function cookieOptions(req: Request, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    // Behind TLS (req.secure honours DX_TRUST_PROXY's X-Forwarded-Proto) or when told to.
    secure: req.secure || process.env.DX_COOKIE_SECURE === '1',
    ...(expires ? { expires } : {}),
  };
}

const refusal = (res: Response, status: number, code: string, message: string, messageKey?: string) =>
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code, ...(messageKey ? { messageKey } : {}) } }] });

/**
 * Browser sign-in with short access tokens renewed through an httpOnly cookie:
 *   POST /auth/sign-in  {username, password} → {token, expiresAt, account}; sets the cookie
 *   POST /auth/renew    (cookie) → {token, expiresAt, account}; 401 once the session ended
 *   POST /auth/sign-out (cookie) → 204; ends the session and clears the cookie
 * The cookie is `HttpOnly; SameSite=Strict; Path=/auth`: scripts cannot read it and no other site
 * can send it. Every route wants JSON and the `x-dx-auth` header (a non-simple request: a form
 * on another site cannot post here), and CORS names the shell's origins.
 */
export function authRoutes(options: AuthRoutesOptions): Router {
  const router = Router();
  router.use(
    cors({
      origin: options.corsOrigins,
      credentials: true,
      maxAge: 600,
      allowedHeaders: ['content-type', 'x-dx-auth'],
    }),
    express.json({ limit: 10_000 }),
  );
  router.use((req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    if (req.method !== 'POST' || !req.headers['x-dx-auth'] || !req.is('application/json'))
      return void refusal(res, 400, 'BAD_REQUEST', 'POST JSON with the x-dx-auth header.');
    next();
  });

  const callDirectory = async (req: Request, query: string, variables: Record<string, unknown>) => {
    const response = await fetch(options.directoryUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': (req.headers['x-request-id'] as string) ?? randomUUID(),
        // Sign-in limits count per browser address, as for /graphql.
        ...(req.ip ? { 'x-forwarded-for': req.ip } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    return (await response.json()) as GraphQLAnswer;
  };

  /** Runs a directory call; an unreachable directory is SERVICE_UNAVAILABLE (the shell retries, it does not sign out). */
  const relay = async (res: Response, call: () => Promise<GraphQLAnswer>) => {
    try {
      return await call();
    } catch {
      refusal(
        res,
        503,
        'SERVICE_UNAVAILABLE',
        'The directory service did not answer.',
        'errors.serviceUnavailable',
      );
      return null;
    }
  };

  router.post('/sign-in', async (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string')
      return void refusal(res, 400, 'BAD_USER_INPUT', 'Give a username and a password.');
    const answer = await relay(res, () => callDirectory(req, OPEN, { u: username, p: password }));
    if (!answer) return;
    const opened = answer.data?.openSession;
    // Refusals (wrong password, RATE_LIMITED) keep the GraphQL shape the sign-in page reads.
    if (!opened) return void res.status(200).json({ errors: answer.errors ?? [] });
    const { renewal, renewalExpiresAt, ...session } = opened;
    res.cookie(SESSION_COOKIE, renewal, cookieOptions(req, new Date(renewalExpiresAt)));
    res.json({ data: { session } });
  });

  router.post('/renew', async (req, res) => {
    const renewal = readCookie(req, SESSION_COOKIE);
    if (!renewal)
      return void refusal(res, 401, 'UNAUTHENTICATED', 'No session: sign in.', 'errors.sessionEnded');
    const answer = await relay(res, () => callDirectory(req, RENEW, { r: renewal }));
    if (!answer) return;
    const renewed = answer.data?.renewSession;
    if (!renewed) {
      const [error] = answer.errors ?? [];
      if (error?.extensions?.code !== 'UNAUTHENTICATED')
        return void res.status(503).json({ errors: answer.errors ?? [] });
      res.clearCookie(SESSION_COOKIE, cookieOptions(req));
      return void res.status(401).json({ errors: answer.errors });
    }
    const { renewalExpiresAt: _ends, ...session } = renewed;
    res.json({ data: { session } });
  });

  router.post('/sign-out', async (req, res) => {
    const renewal = readCookie(req, SESSION_COOKIE);
    res.clearCookie(SESSION_COOKIE, cookieOptions(req));
    if (!renewal) return void res.status(204).end();
    const answer = await relay(res, () => callDirectory(req, END, { r: renewal }));
    if (!answer) return;
    if (answer.errors?.length) return void res.status(503).json({ errors: answer.errors });
    res.status(204).end();
  });
  return router;
}
