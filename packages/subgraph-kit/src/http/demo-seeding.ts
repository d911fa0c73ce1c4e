import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** What a service's demo seeder gets: its own database, and the supergraph as the demo administrator. */
export interface DemoEnvironment {
  dataSource: DataSource;
  log: Logger;
  /** A GraphQL call through the gateway, signed in as `admin`; throws on errors. */
  gateway<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Waits for the gateway to sign the demo administrator in, then runs the service's seeder. */
export async function seedWhenGatewayAnswers(
  seed: (env: DemoEnvironment) => Promise<void>,
  dataSource: DataSource,
  log: Logger,
  gatewayUrl: () => string,
): Promise<void> {
  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  };
  let token: string | undefined;
  for (let attempt = 0; !token; attempt++) {
    try {
      const data = await call('mutation { login(username: "admin", password: "demo1234") { token } }', {});
      token = data.login.token as string;
    } catch (error) {
      if (attempt > 240) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  await seed({ dataSource, log, gateway: (query, variables = {}) => call(query, variables, token) });
  log.info('demo data ready');
}
