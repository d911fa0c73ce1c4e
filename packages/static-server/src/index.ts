import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';

export interface StaticSiteOptions {
  /** The built app (its dist folder). */
  root: string;
  port: number;
  host?: string;
  /** Extra JSON documents served at fixed paths, e.g. the shell's `/remotes.json`. */
  documents?: Record<string, unknown>;
  /** Serve index.html for unknown paths (client-side routes of the shell). */
  spa?: boolean;
  /** Re-reads the documents on each request (a mounted ConfigMap changes without a restart). */
  liveDocuments?: () => Record<string, unknown>;
  /** Serve the site under this path (e.g. `/remotes/tasks` behind an ingress), as well as at `/`. */
  basePath?: string;
  /**
   * Origins that may fetch this site's files (a remote's manifest and chunks, from the shell).
   * Default: none for the shell (spa), any for a remote (public, hashed JavaScript).
   */
  corsOrigins?: string[];
  /** Other origins the page itself talks to (the shell: its remotes and the gateway), for its CSP. */
  connectOrigins?: string[];
}

export interface RunningSite {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a built app compressed, with CORS (a remote's manifest and chunks are fetched by the shell
 * from another origin) and long caching for hashed assets only.
 */
/**
 * nosniff, no framing, no referrer across origins, and a CSP the shell and its remotes satisfy:
 * scripts and data from this site and the origins it names (remote desks, the gateway); inline
 * styles, which React's style attributes need; no objects, no foreign frames or forms.
 */
function securityHeaders(connectOrigins: string[]) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...connectOrigins],
        styleSrc: ["'self'", "'unsafe-inline'", ...connectOrigins],
        imgSrc: ["'self'", 'data:', 'blob:', ...connectOrigins],
        fontSrc: ["'self'", 'data:', ...connectOrigins],
        connectSrc: ["'self'", ...connectOrigins],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // The shell loads a remote's chunks from another port: they must be fetchable cross-origin.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });
}

export async function serveStatic(options: StaticSiteOptions): Promise<RunningSite> {
  const outer = express();
  outer.disable('x-powered-by');
  const app = express.Router();
  if (options.basePath) outer.use(options.basePath, app);
  outer.use(app);
  const origins = options.corsOrigins ?? (options.spa ? [] : ['*']);
  if (origins.length) app.use(cors({ origin: origins.includes('*') ? '*' : origins }));
  app.use(securityHeaders(options.connectOrigins ?? []));
  app.use(compression());
  app.get('/health/ready', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ready' });
  });
  for (const [path, body] of Object.entries(options.documents ?? {})) {
    app.get(path, (_req, res) => {
      res.set('cache-control', 'no-cache').json(options.liveDocuments?.()[path] ?? body);
    });
  }
  app.use(
    express.static(options.root, {
      setHeaders: (res, file) => {
        const hashed = /\.[0-9a-f]{8,}\.(js|css|woff2?|png|svg)$/.test(file);
        res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  const index = join(options.root, 'index.html');
  if (options.spa && existsSync(index)) {
    app.use((req, res, next) => (req.method === 'GET' && req.accepts('html') ? res.sendFile(index) : next()));
  }
  const server = http.createServer(outer);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
