import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for an API that only answers JSON: nothing may frame it, run scripts from it or
 * sniff its types. In development the GET /graphql landing page (Apollo's, from its CDN) is exempt
 * from the CSP.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  const landing = helmet({ contentSecurityPolicy: false, referrerPolicy: { policy: 'no-referrer' } });
  return (req, res, next) =>
    !production && req.method === 'GET' && req.accepts('html')
      ? landing(req, res, next)
      : strict(req, res, next);
}

/**
 * A request the client got wrong (unparsable, over the token or directive limit, invalid against the
 * schema) is answered 400, not 500: graphql-armor's parser limits throw before Apollo's request
 * pipeline sets a status, and Apollo then answers 500.
 */
export function clientErrorStatus(): RequestHandler {
  const CLIENT = new Set([
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'BAD_USER_INPUT',
  ]);
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode >= 500 && typeof body === 'string' && body.startsWith('{')) {
        try {
          const parsed = JSON.parse(body) as {
            data?: unknown;
            errors?: { extensions?: { code?: string } }[];
          };
          const codes = (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
          if (parsed.data === undefined && codes.length && codes.every((c) => CLIENT.has(c))) res.status(400);
        } catch {
          /* not JSON after all: leave it */
        }
      }
      return send(body);
    };
    next();
  };
}

export interface Readiness {
  /** Set once a SIGTERM starts the drain: ready says 503 so the load balancer stops sending. */
  draining: boolean;
  check(): Promise<{ ready: boolean; subgraphs: Record<string, 'up' | 'down'> }>;
}

/** Ready while not draining and every subgraph answers its /health/live; looked up at most once a second. */
export function readiness(subgraphUrls: Record<string, string>): Readiness {
  let cached: { at: number; value: Awaited<ReturnType<Readiness['check']>> } | undefined;
  const state: Readiness = {
    draining: false,
    async check() {
      if (cached && Date.now() - cached.at < 1_000)
        return { ...cached.value, ready: cached.value.ready && !state.draining };
      const entries = await Promise.all(
        Object.entries(subgraphUrls).map(async ([name, url]) => {
          const live = url.replace(/\/graphql$/, '/health/live');
          const up = await fetch(live, { signal: AbortSignal.timeout(1_000) }).then(
            (r) => r.ok,
            () => false,
          );
          return [name, up ? 'up' : 'down'] as const;
        }),
      );
      const subgraphs = Object.fromEntries(entries);
      const value = { ready: entries.every(([, s]) => s === 'up'), subgraphs };
      cached = { at: Date.now(), value };
      return { ...value, ready: value.ready && !state.draining };
    },
  };
  return state;
}
