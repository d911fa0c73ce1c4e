#!/usr/bin/env node
/**
 * Gateway throughput, before and after, in one run: builds the "before" commit's services in a
 * scratch copy (git archive + hard-linked node_modules + tsc), starts its gateway + directory + tasks
 * beside this checkout's (each process its own, SQLite, demo seeded, the same 40 extra tasks), then
 * loads both with autocannon, case by case, alternately, and prints requests/s, p50, p99 and the CPU
 * each process spent per request. Needs `npm run build` (of this checkout) first. See README.md.
 */
const { execFileSync, execSync } = require('node:child_process');
const { existsSync, mkdirSync, rmSync, writeFileSync } = require('node:fs');
const { loadavg, tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const autocannon = require('autocannon');
const { startBenchStack } = require('./stack');

const repoRoot = resolve(__dirname, '..', '..');
/** main as it was before the speed lane's changes (2026-12-02). */
const BEFORE = process.env.BENCH_BEFORE ?? 'e6ae714';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const ONLY_AFTER = process.env.BENCH_ONLY_AFTER === '1';
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
/** Only the cases whose name starts with one of these (comma-separated), e.g. BENCH_CASES=task. */
const CASES = process.env.BENCH_CASES?.split(',');
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 100);

const TASK_LIST = `query TaskList($first: Int, $after: String) {
  tasks(filter: { includeSubunits: true }, first: $first, after: $after) {
    nodes { id title dueDate status progress overdue priority version completedOn daysLate cancelledOn
      assignee { id fullName } unit { id name } }
    totalCount
    pageInfo { hasNextPage endCursor }
  }
}`;
const TASK_LIST_DIRECT = `query TaskListDirect($first: Int) {
  tasks(filter: { includeSubunits: true }, first: $first) {
    nodes { id title dueDate status progress overdue priority version completedOn daysLate cancelledOn
      assignee { id } unit { id } }
    totalCount
    pageInfo { hasNextPage endCursor }
  }
}`;
const ME = `query CurrentAccount { me { id username roles scopeUnit { id name kind } person { id fullName } } }`;
const PERSON = `query PersonPage($id: ID!) {
  person(id: $id) { id fullName position email phone unit { id name }
    assignedTasks { id title status dueDate progress unit { id name } } }
}`;

/** A copy of the `before` commit with its server side built, kept under the temp dir for reruns. */
function prepareBefore(ref) {
  const sha = execFileSync('git', ['rev-parse', `${ref}^{commit}`], { cwd: repoRoot })
    .toString()
    .trim();
  const dir = join(tmpdir(), `dx-bench-before-${sha.slice(0, 12)}`);
  if (existsSync(join(dir, '.built'))) return { dir, sha };
  console.log(`preparing ${sha.slice(0, 12)} in ${dir} (git archive, node_modules hard links, tsc -b)`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${sha} | tar -x -C ${JSON.stringify(dir)}`, { cwd: repoRoot, stdio: 'inherit' });
  const modules = execSync(
    "find . -name node_modules -type d -prune -not -path './.git/*' -not -path './node_modules/*/node_modules'",
    { cwd: repoRoot },
  )
    .toString()
    .split('\n')
    .filter(Boolean);
  for (const m of modules) {
    const target = join(dir, m);
    mkdirSync(join(target, '..'), { recursive: true });
    if (!existsSync(target)) execFileSync('cp', ['-al', join(repoRoot, m), target]);
  }
  execFileSync(
    process.execPath,
    [join(dir, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
  writeFileSync(join(dir, '.built'), sha);
  return { dir, sha };
}

async function graphql(url, query, variables = {}, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

const isoDay = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Signs in as the secretariat (scope Hà Nội) and gives 40 more tasks to people of that scope. */
async function prepareData(stack) {
  const { login } = await graphql(
    stack.gatewayUrl,
    'mutation { login(username: "secretariat", password: "demo1234") { token } }',
  );
  const token = login.token;
  const people = (
    await graphql(
      stack.gatewayUrl,
      '{ people(first: 40, includeSubunits: true) { nodes { id unit { id } } } }',
      {},
      token,
    )
  ).people.nodes;
  for (let i = 0; i < 40; i++) {
    const person = people[i % people.length];
    await graphql(
      stack.gatewayUrl,
      'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      {
        input: {
          title: `Nhiệm vụ đo tải ${i + 1}`,
          assigneeId: person.id,
          unitId: person.unit.id,
          dueDate: isoDay(7 + i),
          expectedResult: 'Báo cáo kết quả',
          authority: 'Trưởng Ban Chỉ đạo',
        },
      },
      token,
    );
  }
  // The person page: the person with most tasks (the first of the list, round-robin).
  return { token, personId: people[0].id };
}

function cases(context) {
  return allCases(context).filter((c) => !CASES || CASES.some((prefix) => c.name.startsWith(prefix)));
}

function allCases(context) {
  return [
    { name: 'task list (20, names)', url: (s) => s.gatewayUrl, query: TASK_LIST, variables: { first: 20 } },
    { name: 'me', url: (s) => s.gatewayUrl, query: ME, variables: {} },
    {
      name: 'person page (dir+tasks)',
      url: (s) => s.gatewayUrl,
      query: PERSON,
      variables: (s) => ({ id: context.get(s).personId }),
    },
    {
      name: 'tasks subgraph direct',
      url: (s) => s.subgraphUrl('tasks'),
      query: TASK_LIST_DIRECT,
      variables: { first: 20 },
    },
  ];
}

async function load(stack, token, testCase, connections) {
  const variables = typeof testCase.variables === 'function' ? testCase.variables(stack) : testCase.variables;
  const url = testCase.url(stack);
  const body = JSON.stringify({ query: testCase.query, variables });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  // Warm-up: query plans, statement caches, JIT.
  await autocannon({ url, method: 'POST', headers, body, connections, amount: WARM_UP });
  const cpuBefore = stack.cpu();
  const started = performance.now();
  const result = await autocannon({ url, method: 'POST', headers, body, connections, duration: SECONDS });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = stack.cpu();
  const cpuPerRequest = {};
  // What the process spends idle (outbox polling, timers) is not the request's: it is taken off.
  for (const name of Object.keys(cpuAfter))
    cpuPerRequest[name] =
      Math.max(0, cpuAfter[name] - cpuBefore[name] - stack.idleCpuPerSecond[name] * seconds) /
      Math.max(1, result.requests.total);
  return {
    rps: result.requests.total / (result.duration || SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuPerRequest,
  };
}

const fmtCpu = (c) =>
  `gw ${c.gateway.toFixed(2)} dir ${c.directory.toFixed(2)} tasks ${c.tasks.toFixed(2)} = ${(
    c.gateway +
    c.directory +
    c.tasks
  ).toFixed(2)}`;

async function main() {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${require('node:os').cpus().length} cores)`,
  );
  const after = await startBenchStack(repoRoot, { label: 'after', profileDir: PROFILE_DIR });
  const stacks = [after];
  // Ctrl-C: stop the stacks' processes too (they are children of this one).
  process.once('SIGINT', () => void Promise.all(stacks.map((s) => s.stop())).then(() => process.exit(130)));
  try {
    if (!ONLY_AFTER) {
      const before = prepareBefore(BEFORE);
      stacks.unshift(await startBenchStack(before.dir, { label: `before ${before.sha.slice(0, 7)}` }));
    }
    const context = new Map();
    for (const stack of stacks) context.set(stack, await prepareData(stack));
    for (const stack of stacks) {
      const before = stack.cpu();
      await new Promise((r) => setTimeout(r, 5_000));
      const after = stack.cpu();
      stack.idleCpuPerSecond = Object.fromEntries(
        Object.keys(after).map((n) => [n, (after[n] - before[n]) / 5]),
      );
      console.log(`${stack.label} idle CPU, ms per second: ${JSON.stringify(stack.idleCpuPerSecond)}`);
    }
    // The same answers from both (ids included: both are seeded the same way).
    for (const testCase of cases(context)) {
      const answers = [];
      for (const stack of stacks) {
        const variables =
          typeof testCase.variables === 'function' ? testCase.variables(stack) : testCase.variables;
        answers.push(
          JSON.stringify(
            await graphql(testCase.url(stack), testCase.query, variables, context.get(stack).token),
          ),
        );
      }
      const rows = JSON.parse(answers[0]);
      const count = rows.tasks?.nodes?.length ?? rows.person?.assignedTasks?.length ?? 1;
      console.log(
        `${testCase.name}: ${count} row(s), ${answers[0].length} bytes${stacks.length > 1 ? `, answers ${answers.every((a) => a === answers[0]) ? 'identical' : 'DIFFER'}` : ''}`,
      );
    }
    console.log(
      `\n${SECONDS} s per measurement after a ${WARM_UP}-request warm-up; CPU = ms of CPU per request in each process, idle CPU taken off\n`,
    );
    console.log(
      `${'case'.padEnd(24)} ${'conns'.padStart(5)}  ${'stack'.padEnd(15)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(6)}  CPU ms/request`,
    );
    const summary = [];
    for (const testCase of cases(context)) {
      for (const connections of CONNECTIONS) {
        const results = new Map();
        // Alternate which stack goes first so neither always gets the quieter half of the machine.
        const order = summary.length % 2 ? [...stacks].reverse() : stacks;
        for (const stack of order)
          results.set(stack, await load(stack, context.get(stack).token, testCase, connections));
        for (const stack of stacks) {
          const r = results.get(stack);
          console.log(
            `${testCase.name.padEnd(24)} ${String(connections).padStart(5)}  ${stack.label.padEnd(15)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(6)}  ${fmtCpu(r.cpuPerRequest)}`,
          );
        }
        if (stacks.length > 1) {
          const [b, a] = stacks.map((s) => results.get(s));
          summary.push(
            `${testCase.name} @${connections}: ${(a.rps / b.rps).toFixed(2)}× requests/s, p99 ${b.p99} → ${a.p99} ms`,
          );
        } else summary.push('');
      }
    }
    if (stacks.length > 1) console.log(`\nafter / before:\n  ${summary.join('\n  ')}`);
    console.log(
      `\nload average at end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await Promise.all(stacks.map((s) => s.stop()));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
