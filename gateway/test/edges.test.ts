import http from 'node:http';
import pino from 'pino';
import { definition, seedDirectoryDemo } from '@dx/service-directory';
import { codes, postGraphQL, startStack, type TestStack } from '@dx/test-kit';

let stack: TestStack;
let token: string;

beforeAll(async () => {
  process.env.DX_TRUST_PROXY = 'loopback'; // the test plays the ingress that sets X-Forwarded-For
  stack = await startStack({
    services: [definition],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
    production: true,
  });
  token = await stack.login('admin');
});
afterAll(() => {
  delete process.env.DX_TRUST_PROXY;
  return stack?.stop();
});

const post = (url: string, query: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });

describe('the gateway at its edges', () => {
  test('security headers, and no X-Powered-By on the gateway or a subgraph', async () => {
    const response = await post(stack.gatewayUrl, '{ me { id } }');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const subgraph = await post(stack.services.directory.url, '{ me { id } }');
    expect(subgraph.headers.get('x-powered-by')).toBeNull();
  });

  test("the browser's address reaches the directory, so one address's guesses do not lock out another", async () => {
    const login = (address: string, p: string) =>
      fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: `mutation { login(username: "viewer", password: "${p}") { token } }` }),
      }).then((r) => r.json() as Promise<any>);
    for (let i = 0; i < 5; i++) await login('203.0.113.9', 'wrong-guess');
    expect((await login('203.0.113.9', 'demo1234')).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await login('198.51.100.4', 'demo1234')).data.login.token).toBeTruthy();
  });

  test('a request over the token or directive limit is a 4xx with a code, not a 500', async () => {
    const manyTokens = await post(stack.gatewayUrl, `{ me { ${'id '.repeat(5_000)} } }`);
    expect(manyTokens.status).toBe(400);
    expect(((await manyTokens.json()) as any).errors[0].extensions.code).toMatch(
      /GRAPHQL_(PARSE|VALIDATION)_FAILED/,
    );
    const directives = await post(stack.gatewayUrl, `{ me { id ${'@include(if: true) '.repeat(1_000)} } }`);
    expect(directives.status).toBeGreaterThanOrEqual(400);
    expect(directives.status).toBeLessThan(500);
  });

  test('a production subgraph does not suggest field names', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const result = await postGraphQL(stack.services.directory.url, '{ me { usernam } }', {}, token);
      expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(result.errors![0].message).not.toMatch(/Did you mean/);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  test('/health/ready is 503 while a subgraph is down, and 200 again when it is back', async () => {
    const ready = () => fetch(stack.gatewayUrl.replace('/graphql', '/health/ready'));
    expect((await ready()).status).toBe(200);
    await stack.services.directory.stop();
    await new Promise((r) => setTimeout(r, 1_100));
    const down = await ready();
    expect(down.status).toBe(503);
    expect(((await down.json()) as any).subgraphs).toEqual({ directory: 'down' });
    await stack.restart('directory');
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await ready()).status).toBe(200);
    token = await stack.login('admin');
  });

  test('draining: ready says 503 at once, kept-alive sockets keep being answered, then the server stops', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const url = new URL(stack.gatewayUrl);
    const request = (path: string, body?: string) =>
      new Promise<{ status: number; connection?: string }>((resolve, reject) => {
        const req = http.request(
          {
            agent,
            host: url.hostname,
            port: url.port,
            path,
            method: body ? 'POST' : 'GET',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const query = JSON.stringify({ query: '{ me { username } }' });
    await Promise.all([request('/graphql', query), request('/graphql', query)]); // sockets kept alive
    const drained = stack.gateway.drain(1_500);
    expect((await request('/health/ready')).status).toBe(503);
    const during = await Promise.all(Array.from({ length: 6 }, () => request('/graphql', query)));
    expect(during.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(during[0].connection).toBe('close');
    await drained;
    await expect(request('/health/live')).rejects.toThrow(/ECONNREFUSED/);
    agent.destroy();
  });
});
