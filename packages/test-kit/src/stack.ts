import pino from 'pino';
import { startGateway, composeFromSdl, type RunningGateway } from '@dx/gateway';
import {
  startSubgraph,
  subgraphSdl,
  type EventsConfig,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphOptions,
} from '@dx/subgraph-kit';
import type { DataSource } from 'typeorm';
import { createTestDatabases, type TestDatabases } from './databases';
import { postGraphQL, ok, type GraphQLResult } from './graphql';
import { useFreshTokenKeys } from './keys';

export interface StackOptions {
  services: SubgraphDefinition[];
  /** Runs against each service's database before it starts serving (for instance the directory demo seed). */
  onReady?: Partial<Record<string, (dataSource: DataSource) => Promise<void>>>;
  subgraphTimeoutMs?: number;
  production?: boolean;
  /**
   * How outbox relays and event consumers talk. Default: POST to the stack's own notifications
   * service when it is in the stack, otherwise off (never to a port another run may own).
   */
  events?: EventsConfig;
}

export interface TestStack {
  gatewayUrl: string;
  services: Record<string, RunningSubgraph>;
  gateway: RunningGateway;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  login(username: string, password?: string): Promise<string>;
  /** Stops a service (as a crash would, without draining its outbox) and starts it again on the same database and port. */
  restart(name: string, overrides?: Partial<SubgraphOptions>): Promise<RunningSubgraph>;
  /** Another instance of a service on the same database (not behind the gateway): two schedulers, two relays. */
  startInstance(name: string, overrides?: Partial<SubgraphOptions>): Promise<RunningSubgraph>;
  stop(): Promise<void>;
}

const quiet = pino({ level: process.env.LOG_LEVEL ?? 'silent' });

/**
 * The real thing on free ports: each subgraph with its own fresh database (SQLite, or MariaDB when
 * DX_TEST_MYSQL_URL is set), composed live into a gateway, reached over HTTP.
 */
export async function startStack(options: StackOptions): Promise<TestStack> {
  useFreshTokenKeys();
  const databases: TestDatabases = await createTestDatabases(options.services.map((s) => s.name));
  let gatewayUrl = '';
  const services: Record<string, RunningSubgraph> = {};
  const events: EventsConfig =
    options.events ??
    (options.services.some((s) => s.name === 'notifications')
      ? { transport: 'http', url: () => services.notifications.url.replace(/\/graphql$/, '/internal/events') }
      : { transport: 'off' });
  const extras: RunningSubgraph[] = [];
  const launch = (definition: SubgraphDefinition, port: number, overrides: Partial<SubgraphOptions> = {}) =>
    startSubgraph({
      ...definition,
      databaseUrl: databases.urlFor(definition.name),
      port,
      logger: quiet as never,
      gatewayUrl: () => gatewayUrl,
      events,
      onReady: options.onReady?.[definition.name]
        ? (ds) => options.onReady![definition.name]!(ds)
        : undefined,
      ...overrides,
    });
  const definitionOf = (name: string) => {
    const found = options.services.find((s) => s.name === name);
    if (!found) throw new Error(`${name} is not in this stack`);
    return found;
  };
  try {
    for (const definition of options.services) services[definition.name] = await launch(definition, 0);
    const supergraphSdl = composeFromSdl(
      await Promise.all(
        options.services.map(async (s) => ({
          name: s.name,
          url: services[s.name].url,
          sdl: await subgraphSdl(s),
        })),
      ),
    );
    const gateway = await startGateway({
      supergraphSdl,
      subgraphUrls: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.url])),
      port: 0,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      production: options.production,
    });
    gatewayUrl = gateway.url;
    const query = <T>(q: string, variables?: Record<string, unknown>, token?: string) =>
      postGraphQL<T>(gatewayUrl, q, variables, token);
    return {
      gatewayUrl,
      services,
      gateway,
      query,
      async login(username, password = 'demo1234') {
        const data = ok(
          await query<{ login: { token: string } }>(
            'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
            { u: username, p: password },
          ),
        );
        return data.login.token;
      },
      async restart(name, overrides) {
        const port = services[name].port;
        await services[name].stop();
        services[name] = await launch(definitionOf(name), port, { onReady: undefined, ...overrides });
        return services[name];
      },
      async startInstance(name, overrides) {
        const instance = await launch(definitionOf(name), 0, {
          onReady: undefined,
          seedDemo: undefined,
          ...overrides,
        });
        extras.push(instance);
        return instance;
      },
      async stop() {
        await gateway.stop();
        for (const s of [...extras, ...Object.values(services)]) await s.stop();
        await databases.drop();
      },
    };
  } catch (error) {
    for (const s of Object.values(services)) await s.stop();
    await databases.drop();
    throw error;
  }
}
