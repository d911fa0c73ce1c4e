#!/usr/bin/env node
/**
 * The bench's client, in its own process (so its work does not queue behind the gateway's and the
 * subgraphs' on one event loop). run.js starts it with the gateway URL and two tokens and reads one
 * JSON line of timings from its stdout.
 */
const GATEWAY = process.env.BENCH_GATEWAY;
const SEARCHER = process.env.BENCH_SEARCH_TOKEN;
const READER = process.env.BENCH_READ_TOKEN;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const SEARCH =
  'query ($q: String) { tasks(filter: { search: $q }, first: 20) { totalCount nodes { id title } } }';
const READ =
  'query { tasks(filter: { status: IN_PROGRESS }, first: 20) { nodes { id title dueDate status } } }';

async function post(query, variables, token) {
  const response = await fetch(GATEWAY, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return body.data;
}

async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const search = (q) => post(SEARCH, { q }, SEARCHER);
const read = () => post(READ, {}, READER);

async function main() {
  for (let i = 0; i < 20; i++) await search('xyzzy');
  const alone = [];
  for (let i = 0; i < 200; i++) alone.push(await timed(() => search(`xyzzy${i % 7}`)));
  const quiet = [];
  for (let i = 0; i < 200; i++) quiet.push(await timed(read));

  const until = Date.now() + SECONDS * 1000;
  const searches = [];
  const reads = [];
  const errors = [];
  const searcher = async (c) => {
    for (let i = 0; Date.now() < until; i++) {
      try {
        searches.push(await timed(() => search(`nothing${c}x${i}`)));
      } catch (e) {
        errors.push(String(e.message).slice(0, 80));
      }
    }
  };
  const readerLoop = async () => {
    while (Date.now() < until) {
      try {
        reads.push(await timed(read));
      } catch (e) {
        errors.push(String(e.message).slice(0, 80));
      }
    }
  };
  await Promise.all([...Array.from({ length: CONNECTIONS }, (_, c) => searcher(c)), readerLoop()]);
  process.stdout.write(JSON.stringify({ alone, quiet, searches, reads, errors }) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
