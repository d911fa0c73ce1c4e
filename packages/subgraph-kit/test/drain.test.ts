import { Query, Resolver } from 'type-graphql';
import { startStack, type TestStack } from '@dx/test-kit';
import type { SubgraphDefinition } from '@dx/subgraph-kit';

/** A request that answers only when the test says so: "in flight" for as long as needed. */
let release: () => void = () => undefined;
let started: () => void = () => undefined;

@Resolver()
class SlowResolver {
  @Query(() => String)
  async slow(): Promise<string> {
    started();
    await new Promise<void>((resolve) => (release = resolve));
    return 'finished';
  }

  @Query(() => String)
  quick(): string {
    return 'quick';
  }
}

const definition: SubgraphDefinition = {
  name: 'slowpoke',
  entities: [],
  migrations: { sqlite: [], mariadb: [] },
  resolvers: [SlowResolver],
  publicRootFields: ['slow', 'quick'],
};

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ services: [definition] });
});
afterAll(() => stack?.stop());

const post = (url: string, query: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

test('on SIGTERM a subgraph finishes what it started, refuses new requests with 503 and says it is not ready', async () => {
  const service = stack.services.slowpoke;
  const base = service.url.replace(/\/graphql$/, '');
  const inFlight = new Promise<void>((resolve) => (started = resolve));
  const slow = post(service.url, '{ slow }');
  await inFlight;

  const drained = service.drain(10_000);
  const ready = await fetch(`${base}/health/ready`);
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { status: string }).status).toBe('draining');
  expect((await fetch(`${base}/health/live`)).status).toBe(200);

  const refused = await post(service.url, '{ quick }');
  expect(refused.status).toBe(503);
  expect(refused.headers.get('connection')).toBe('close');
  const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

  let stopped = false;
  void drained.then(() => (stopped = true));
  await new Promise((r) => setTimeout(r, 200));
  expect(stopped).toBe(false); // still waiting for the slow request

  release();
  const answer = await slow;
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as { data: { slow: string } }).data.slow).toBe('finished');
  await drained;
  await expect(fetch(`${base}/health/live`)).rejects.toThrow();
});
