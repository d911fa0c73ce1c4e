import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { authRoutes } from './auth-routes';
import { clientErrorStatus, readiness, securityHeaders } from './edges';
import { maskGatewayError } from './errors';
import { subgraphFetch } from './subgraph-fetch';
import { defaultUrl } from './subgraphs';
import { APPS } from '@dx/suite-manifest';

export interface GatewayContext {
  authorization?: string;
  requestId: string;
  /** The browser's address (req.ip: the socket, or X-Forwarded-For from a proxy trusted by DX_TRUST_PROXY). */
  clientAddress?: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; a subgraph not listed uses DX_<NAME>_URL or its default port. */
  subgraphUrls?: Record<string, string>;
  port?: number;
  host?: string;
  /** How long one subgraph call may take before its part of the answer is given up. */
  subgraphTimeoutMs?: number;
  corsOrigins?: string[];
  production?: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
}

export interface RunningGateway {
  url: string;
  port: number;
  /**
   * For SIGTERM: /health/ready says 503 at once and new answers carry `Connection: close`, while
   * the gateway keeps answering (services calling back mid-write included) for `graceMs`; then
   * in-flight requests finish and the server stops. Kept-alive sockets are not reset under a client.
   */
  drain(graceMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Forwards the caller's token to the subgraph and gives up on a hung subgraph after a timeout. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly serviceName: string,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: (async (input: string, init: Parameters<typeof subgraphFetch>[1]) => {
        try {
          return await subgraphFetch(input, init, timeoutMs);
        } catch {
          throw new GraphQLError(`The ${serviceName} service did not answer.`, {
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          });
        }
      }) as never,
    });
  }

  /**
   * A subgraph answers a bad variable (say, a malformed Date only it can parse) with HTTP 400 and a
   * BAD_USER_INPUT error in the body: pass that refusal on instead of a bare "400: Bad Request".
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const fallback = await super.errorFromResponse(response);
    const body = (
      fallback.extensions?.response as {
        body?: { errors?: { message: string; extensions?: { code?: string } }[] };
      }
    )?.body;
    const refusal = body?.errors?.find(
      (e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'UNAUTHENTICATED',
    );
    return refusal
      ? new GraphQLError(refusal.message, { extensions: { code: refusal.extensions!.code } })
      : fallback;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
    // Subgraphs limit sign-ins per address: they must see the browser's, not the gateway's.
    if (context.clientAddress) request.http?.headers.set('x-forwarded-for', context.clientAddress);
  }
}

const DEFAULT_ORIGINS = APPS.map((a) => a.port).flatMap((p) => [
  `http://127.0.0.1:${p}`,
  `http://localhost:${p}`,
]);

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const log = pino({ name: 'gateway', level: process.env.LOG_LEVEL ?? 'info' });
  const timeoutMs = options.subgraphTimeoutMs ?? Number(process.env.DX_SUBGRAPH_TIMEOUT_MS ?? 10_000);
  const urls: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      urls[name] = options.subgraphUrls?.[name] ?? defaultUrl(name) ?? url;
      return new ForwardingDataSource(urls[name], name, timeoutMs);
    },
  });
  const ready = readiness(urls);

  // Limits are checked while the query is validated, before any subgraph is called.
  const armor = new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: 20 },
    costLimit: {
      maxCost: 20_000,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
    },
    maxTokens: { n: 4_000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  const app = express();
  // Behind an ingress, DX_TRUST_PROXY names it (e.g. "loopback", "10.0.0.0/8", a hop count);
  // without it X-Forwarded-For from a browser is ignored.
  const trustProxy = process.env.DX_TRUST_PROXY;
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  const httpServer = http.createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    formatError: maskGatewayError,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are used; the plugin would otherwise track a policy for every field.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await server.start();

  app.disable('x-powered-by');
  // GraphQL answers are POSTs that are never revalidated: hashing each body for an ETag is waste.
  app.set('etag', false);
  app.use(securityHeaders(production));
  app.use((_req, res, next) => {
    if (ready.draining) res.setHeader('connection', 'close');
    next();
  });
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const { ready: ok, subgraphs } = await ready.check();
    res
      .status(ok ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({ status: ready.draining ? 'draining' : ok ? 'ok' : 'subgraphs down', subgraphs });
  });
  const corsOrigins = options.corsOrigins ?? process.env.DX_CORS_ORIGINS?.split(',') ?? DEFAULT_ORIGINS;
  app.use(
    '/auth',
    authRoutes({ directoryUrl: () => urls.directory ?? defaultUrl('directory'), corsOrigins, timeoutMs }),
  );
  app.use(
    '/graphql',
    clientErrorStatus(),
    cors({
      origin: corsOrigins,
      maxAge: 600,
    }),
    express.json({ limit: options.bodyLimit ?? 100_000 }),
    expressMiddleware(server, {
      context: async ({ req }) => ({
        authorization: req.headers.authorization,
        requestId: (req.headers['x-request-id'] as string) ?? randomUUID(),
        clientAddress: req.ip,
      }),
    }),
  );
  // Malformed JSON or an oversized body: a GraphQL-shaped refusal, never a stack trace.
  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const tooLarge = error?.type === 'entity.too.large';
    res.status(tooLarge ? 413 : 400).json({
      errors: [
        {
          message: tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.',
          extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
        },
      ],
    });
  };
  app.use(bodyErrors);

  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  await new Promise<void>((resolve) =>
    httpServer.listen(options.port ?? Number(process.env.PORT ?? 0), host, resolve),
  );
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host}:${port}/graphql`;
  log.info({ url }, 'gateway ready');
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= server.stop());
  const drain = async (graceMs = Number(process.env.DX_DRAIN_GRACE_MS ?? 5_000)) => {
    ready.draining = true;
    log.info({ graceMs }, 'draining');
    await new Promise((r) => setTimeout(r, graceMs));
    await stop();
  };
  return { url, port, drain, stop };
}
