import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { definition, seedDirectoryDemo } from '@dx/service-directory';
import { codes, ok, postGraphQL, startStack, type TestStack } from '@dx/test-kit';
import { startGateway } from '../src/server';
import { composeFromSdl } from '../src/compose';
import { subgraphSdl } from '@dx/subgraph-kit';

let stack: TestStack;
let token: string;

beforeAll(async () => {
  stack = await startStack({
    services: [definition],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
    production: true,
  });
  token = await stack.login('admin');
});
afterAll(() => stack?.stop());

async function raw(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

async function stillServing() {
  expect(ok(await stack.query<any>('{ me { username } }', {}, token)).me.username).toBe('admin');
}

describe('the gateway refuses abusive requests before any subgraph is called', () => {
  test('a 20-deep query', async () => {
    const deep = `{ units(first: 1) { nodes { ${'parent { '.repeat(20)}id${' }'.repeat(20)} } } }`;
    const result = await stack.query(deep, {}, token);
    expect(codes(result)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors!.map((e) => e.message).join(' ')).toMatch(/depth|cost/i);
    await stillServing();
  });

  test('a cheap query that is still deeper than 10 levels', async () => {
    const deep = `{ units(first: 1) { nodes { ${'parent { '.repeat(10)}id${' }'.repeat(10)} } } }`;
    const result = await stack.query(deep, {}, token);
    expect(result.errors!.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });

  test('500 aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await stack.query(`{ ${aliases} }`, {}, token);
    expect(codes(result)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors!.map((e) => e.message).join(' ')).toMatch(/alias/i);
    await stillServing();
  });

  test('a 200 kB body', async () => {
    const result = await raw(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(200_000)}` }));
    expect(result.status).toBe(413);
    expect(result.body.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    await stillServing();
  });

  test('a malformed JSON body', async () => {
    const result = await raw('{"query": "{ me { id } ');
    expect(result.status).toBe(400);
    expect(result.body.errors![0]).toEqual({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
    await stillServing();
  });

  test('no token', async () => {
    const result = await stack.query('{ people { totalCount } }');
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    await stillServing();
  });

  test('a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });

  test('field suggestions are not given in production', async () => {
    const result = await stack.query('{ me { usernam } }', {}, token);
    expect(result.errors![0].message).not.toMatch(/Did you mean/);
  });

  test('introspection is off in production', async () => {
    expect(codes(await stack.query('{ __schema { types { name } } }', {}, token))).toContain(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});

describe('a subgraph that is down or hung', () => {
  test('a hung subgraph gives an error after the timeout, without internal addresses', async () => {
    const hung = http.createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
    const hungUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}/graphql`;
    const gateway = await startGateway({
      supergraphSdl: composeFromSdl([
        { name: 'directory', url: hungUrl, sdl: await subgraphSdl(definition) },
      ]),
      subgraphUrls: { directory: hungUrl },
      port: 0,
      subgraphTimeoutMs: 300,
      production: true,
    });
    try {
      const started = Date.now();
      const result = await postGraphQL(gateway.url, '{ me { id } }', {}, token);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(codes(result)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|http:\/\//);
    } finally {
      await gateway.stop();
      hung.closeAllConnections();
      await new Promise((r) => hung.close(r));
    }
  });

  test('a subgraph that is not running gives a masked error and the gateway keeps serving', async () => {
    const gateway = await startGateway({
      supergraphSdl: composeFromSdl([
        { name: 'directory', url: 'http://127.0.0.1:9/graphql', sdl: await subgraphSdl(definition) },
      ]),
      subgraphUrls: { directory: 'http://127.0.0.1:9/graphql' },
      port: 0,
      production: true,
    });
    try {
      for (let i = 0; i < 2; i++) {
        const result = await postGraphQL(gateway.url, '{ me { id } }', {}, token);
        expect(codes(result)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
      }
    } finally {
      await gateway.stop();
    }
  });
});
