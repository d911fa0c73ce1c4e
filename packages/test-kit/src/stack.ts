import pino from 'pino';
import { startGateway, composeFromSdl, type RunningGateway } from '@dx/gateway';
import { startSubgraph, subgraphSdl, type RunningSubgraph, type SubgraphDefinition } from '@dx/subgraph-kit';
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
}

export interface TestStack {
  gatewayUrl: string;
  services: Record<string, RunningSubgraph>;
  gateway: RunningGateway;
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  login(username: string, password?: string): Promise<string>;
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
  try {
    for (const definition of options.services) {
      services[definition.name] = await startSubgraph({
        ...definition,
        databaseUrl: databases.urlFor(definition.name),
        port: 0,
        logger: quiet as never,
        gatewayUrl: () => gatewayUrl,
        onReady: options.onReady?.[definition.name] ? (ds) => options.onReady![definition.name]!(ds) : undefined,
      });
    }
    const supergraphSdl = composeFromSdl(
      await Promise.all(options.services.map(async (s) => ({ name: s.name, url: services[s.name].url, sdl: await subgraphSdl(s) }))),
    );
    const gateway = await startGateway({
      supergraphSdl,
      subgraphUrls: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.url])),
      port: 0,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      production: options.production,
    });
    gatewayUrl = gateway.url;
    const query = <T,>(q: string, variables?: Record<string, unknown>, token?: string) => postGraphQL<T>(gatewayUrl, q, variables, token);
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
      async stop() {
        await gateway.stop();
        for (const s of Object.values(services)) await s.stop();
        await databases.drop();
      },
    };
  } catch (error) {
    for (const s of Object.values(services)) await s.stop();
    await databases.drop();
    throw error;
  }
}


