import { Ctx, Query, Resolver } from 'type-graphql';
import { dialectUnderTest, startStack, type TestStack } from '@dx/test-kit';
import type { RequestContext, SubgraphDefinition } from '@dx/subgraph-kit';

/** How the last slow statement ended: 'completed', or 'interrupted' when it was stopped. */
let finished: (outcome: string) => void = () => undefined;

@Resolver()
class SlowSqlResolver {
  @Query(() => String)
  async slowSql(@Ctx() ctx: RequestContext): Promise<string> {
    let outcome: string;
    if (ctx.dataSource.options.type === 'mariadb') {
      try {
        const [row] = await ctx.dataSource.query('SELECT SLEEP(20) AS slept');
        outcome = Number(row.slept) === 1 ? 'interrupted' : 'completed';
      } catch (error) {
        outcome =
          (error as { code?: string }).code === 'ER_QUERY_INTERRUPTED' ? 'interrupted' : String(error);
      }
    } else {
      // SQLite statements are synchronous and short: there is nothing to stop.
      outcome = 'completed';
    }
    finished(outcome);
    return outcome;
  }

  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

const definition: SubgraphDefinition = {
  name: 'slowsql',
  entities: [],
  migrations: { sqlite: [], mariadb: [] },
  resolvers: [SlowSqlResolver],
  publicRootFields: ['slowSql', 'ping'],
};

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ services: [definition] });
});
afterAll(() => stack?.stop());

const post = (query: string, signal?: AbortSignal) =>
  fetch(stack.services.slowsql.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal,
  });

test(`a request the caller hangs up on has its SQL stopped (${dialectUnderTest})`, async () => {
  const ended = new Promise<string>((resolve) => (finished = resolve));
  const caller = new AbortController();
  const request = post('{ slowSql }', caller.signal).catch((error: Error) => error.name);
  if (dialectUnderTest === 'mariadb') {
    // Hang up once the statement is running on the server.
    const ds = stack.services.slowsql.dataSource;
    for (;;) {
      const [row] = await ds.query(
        "SELECT COUNT(*) AS n FROM information_schema.processlist WHERE info = 'SELECT SLEEP(20) AS slept'",
      );
      if (Number(row.n) > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    caller.abort();
    expect(await request).toBe('AbortError');
    expect(await ended).toBe('interrupted');
  } else {
    expect(await ended).toBe('completed');
    caller.abort();
  }
  // The service keeps answering.
  const after = await post('{ ping }');
  expect(((await after.json()) as { data: { ping: string } }).data.ping).toBe('pong');
});
