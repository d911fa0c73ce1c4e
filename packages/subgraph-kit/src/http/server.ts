import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { TokenService, bearerToken, type Identity } from '../auth/identity';
import { VerifiedTokens } from '../auth/verified-tokens';
import type { RequestContext } from '../context';
import { maskError } from '../errors';
import { seedWhenGatewayAnswers } from './demo-seeding';
import type { SubgraphDefinition } from '../definition';
import { requestLogging, tokenGate } from './plugins';
import { openDatabase, pingDatabase } from '../db/data-source';
import { cancelOnAbort, trackRequestStatements } from '../db/cancel-on-abort';
import { buildFederatedSchema } from '../graphql/schema';
import { eventsConfigFromEnv, type EventsConfig } from '../outbox/envelope';
import { startOutboxRelay, type OutboxRelay } from '../outbox/relay';
import type { ServiceEnvironment, Stoppable } from '../outbox/workers';

export type { DemoEnvironment } from './demo-seeding';

/** What `startSubgraph` takes: a service's definition and where and how to run it. */
export interface SubgraphOptions extends SubgraphDefinition {
  /** Defaults to DATABASE_URL; without it, an embedded SQLite file under .data/. */
  databaseUrl?: string;
  port?: number;
  host?: string;
  /** Ed25519 public key (PEM) used to verify tokens; defaults to DX_TOKEN_PUBLIC_KEY. */
  tokenPublicKey?: string;
  /** Where this service reaches the supergraph; read per request so tests can bind ports late. */
  gatewayUrl?: () => string;
  logger?: Logger;
  /** Runs once the database is migrated and before the server listens (demo seeding, for instance). */
  onReady?: (dataSource: DataSource, log: Logger) => Promise<void>;
  /** How this service's outbox relay and event consumers talk; defaults to DX_EVENTS_URL (see outbox/). */
  events?: EventsConfig;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  dataSource: DataSource;
  /** Null when the service keeps no outbox or events are off. */
  relay: OutboxRelay | null;
  /**
   * For SIGTERM: /health/ready says 503 at once, new GraphQL requests are refused with 503
   * (SERVICE_UNAVAILABLE, `Connection: close`), requests already running finish (for at most
   * `graceMs`), then the service stops.
   */
  drain(graceMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function createLogger(name: string): Logger {
  return pino({ name, level: process.env.LOG_LEVEL ?? 'info' });
}

/** Starts one subgraph: database and migrations, schema, HTTP (GraphQL + health), graceful stop. */
export async function startSubgraph(options: SubgraphOptions): Promise<RunningSubgraph> {
  const log = options.logger ?? createLogger(options.name);
  const publicKey = options.tokenPublicKey ?? process.env.DX_TOKEN_PUBLIC_KEY;
  if (!publicKey)
    throw new Error('DX_TOKEN_PUBLIC_KEY is not set: subgraphs cannot verify tokens without it.');
  const tokenService = new TokenService({ publicKeyPem: publicKey });
  // A session's token is verified once, not on every request (and by every subgraph it reaches).
  const tokens = new VerifiedTokens((token) => tokenService.verify(token));
  const gatewayUrl =
    options.gatewayUrl ?? (() => process.env.DX_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql');

  const dataSource = await openDatabase({
    url: options.databaseUrl ?? process.env.DATABASE_URL,
    service: options.name,
    entities: options.entities,
    migrations: options.migrations,
  });
  trackRequestStatements(dataSource);
  await options.onReady?.(dataSource, log);
  const environment: ServiceEnvironment = {
    service: options.name,
    dataSource,
    log,
    gatewayUrl,
    events: options.events ?? eventsConfigFromEnv(),
  };
  const schema = await buildFederatedSchema(options);

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTs that are never revalidated: hashing each body for an ETag is waste.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== 'production',
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are used; the plugin would otherwise wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      tokenGate(new Set(options.publicRootFields ?? [])),
      requestLogging(),
    ],
  });
  await apollo.start();

  const drainState = drainGate();
  app.use(drainState.middleware);
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let demo: 'none' | 'seeding' | 'seeded' | 'failed' =
    options.seedDemo && process.env.DX_DEMO === '1' ? 'seeding' : 'none';
  app.get('/health/ready', async (_req, res) => {
    if (drainState.draining) return void res.status(503).json({ status: 'draining', demo });
    const ok = await pingDatabase(dataSource);
    const ready = ok && (demo === 'none' || demo === 'seeded');
    res.status(ready ? 200 : 503).json({ status: ok ? 'ok' : 'database unreachable', demo });
  });
  options.routes?.(app, environment);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // The caller hung up (the gateway's timeout, a closed tab): its SQL is stopped (MariaDB).
    cancelOnAbort(dataSource, (err) => log.warn({ err }, 'could not stop an abandoned statement')),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const token = bearerToken(req.headers.authorization);
        let identity: Identity | undefined;
        let tokenError: Error | undefined;
        // A bad token is refused outright, even for public fields: it is never silently ignored.
        if (token)
          identity = await tokens
            .identityOf(token)
            .catch((error: Error) => ((tokenError = error), undefined));
        return {
          identity,
          tokenError,
          token,
          requestId: (req.headers['x-request-id'] as string) ?? randomUUID(),
          clientAddress: clientAddressOf(req),
          log,
          dataSource,
          gatewayUrl: gatewayUrl(),
          loaders: new Map(),
        };
      },
    }),
  );

  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  await new Promise<void>((resolve) =>
    httpServer.listen(options.port ?? Number(process.env.PORT ?? 0), host, resolve),
  );
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host}:${port}/graphql`;
  log.info({ url }, `${options.name} subgraph ready`);
  const relay = await startOutboxRelay({
    dataSource,
    service: options.name,
    log,
    config: environment.events,
  });
  const workers: Stoppable[] = [];
  for (const worker of options.workers ?? []) workers.push(await worker(environment));

  if (demo === 'seeding') {
    seedWhenGatewayAnswers(options.seedDemo!, dataSource, log, gatewayUrl).then(
      () => (demo = 'seeded'),
      (error) => {
        demo = 'failed';
        log.error({ err: error }, 'demo seeding failed');
      },
    );
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const worker of workers.reverse()) await worker.stop();
      await relay?.stop();
      await apollo.stop();
      await dataSource.destroy();
    })());
  const drain = async (graceMs = Number(process.env.DX_DRAIN_GRACE_MS ?? 5_000)) => {
    log.info({ graceMs, inFlight: drainState.inFlight }, 'draining');
    await drainState.drain(graceMs);
    await stop();
  };
  return { url, port, dataSource, relay, drain, stop };
}

/**
 * Counts the requests being answered and, once draining, refuses new ones (health checks aside)
 * with 503 so the gateway reports SERVICE_UNAVAILABLE instead of a reset connection.
 */
function drainGate() {
  const state = {
    draining: false,
    inFlight: 0,
    idle: [] as (() => void)[],
    middleware: ((req, res, next) => {
      if (req.path.startsWith('/health/')) return next();
      if (state.draining) {
        res.setHeader('connection', 'close');
        return void res.status(503).json({
          errors: [
            {
              message: 'This service is shutting down; try again in a moment.',
              extensions: { code: 'SERVICE_UNAVAILABLE', messageKey: 'errors.serviceUnavailable' },
            },
          ],
        });
      }
      state.inFlight++;
      let done = false;
      const finished = () => {
        if (done) return;
        done = true;
        state.inFlight--;
        if (state.inFlight === 0) for (const resolve of state.idle.splice(0)) resolve();
      };
      res.once('finish', finished);
      res.once('close', finished);
      next();
    }) as express.RequestHandler,
    /** Refuses from now on; resolves when nothing is in flight or after `graceMs`. */
    drain(graceMs: number): Promise<void> {
      state.draining = true;
      if (state.inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        state.idle.push(() => (clearTimeout(timer), resolve()));
      });
    },
  };
  return state;
}

/**
 * Subgraphs sit behind the gateway, which puts the browser's address first in X-Forwarded-For;
 * called directly (tests, scripts), the socket's address is the caller's.
 */
function clientAddressOf(req: http.IncomingMessage): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress;
}

/** For a service's main.ts: start, and stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraph(options: SubgraphOptions): Promise<void> {
  const running = await startSubgraph(options);
  const shutdown = async () => {
    await running.drain();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
