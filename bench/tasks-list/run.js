#!/usr/bin/env node
/**
 * The task list over 1,000,000 tasks in MariaDB, timed through the gateway, and the SQL it costs.
 * Starts a real stack (gateway + directory + tasks over HTTP) on fresh MariaDB databases, writes the
 * tasks in bulk with INSERT ... SELECT over MariaDB's sequence engine, then times list pages.
 * Needs `npm run build` first (it runs the built services). See README.md.
 */
process.env.DX_TEST_MYSQL_URL ??= 'mysql://root@127.0.0.1:3306/test';
process.env.DX_TODAY ??= '2026-11-23';
const pino = require('pino');
const { startStack, ok } = require('@dx/test-kit');
const directory = require('@dx/service-directory');
const tasks = require('@dx/service-tasks');

const TASKS = Number(process.env.BENCH_TASKS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const CHUNK = 100_000;

const sqlList = (values) =>
  values.map((v) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`)).join(', ');

/** Bench setup only: tasks spread over every ward, group and team of Hà Nội, two years of due dates. */
async function seedTasks(stack, admin) {
  const units = [];
  for (let after = null; ;) {
    const page = ok(
      await stack.query(
        'query ($a: String) { units(first: 100, after: $a) { nodes { id code path } pageInfo { hasNextPage endCursor } } }',
        { a: after },
        admin,
      ),
    ).units;
    units.push(...page.nodes.filter((u) => u.code.startsWith('HN-')));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const people = ok(await stack.query('{ people(first: 100) { nodes { id } } }', {}, admin)).people.nodes.map(
    (p) => Number(p.id),
  );
  const ids = units.map((u) => Number(u.id));
  const paths = units.map((u) => `/${u.path.join('/')}/`);
  const ds = stack.services.tasks.dataSource;
  const started = performance.now();
  for (let from = 1; from <= TASKS; from += CHUNK) {
    const to = Math.min(TASKS, from + CHUNK - 1);
    await ds.query(`
      INSERT INTO task (title, description, committeeId, assigneeId, unitId, unitPath, coordinatingUnitIds, dueDate, expectedResult, authority, sourceDocument, priority, status, progress, completedOn)
      SELECT CONCAT('Nhiệm vụ chuyển đổi số số ', s.seq),
             NULL, NULL,
             ELT(1 + s.seq % ${people.length}, ${sqlList(people)}),
             ELT(1 + s.seq % ${ids.length}, ${sqlList(ids)}),
             ELT(1 + s.seq % ${ids.length}, ${sqlList(paths)}),
             '',
             DATE_FORMAT(DATE_ADD('2025-01-01', INTERVAL (s.seq * 7919) % 730 DAY), '%Y-%m-%d'),
             'Kết quả được nghiệm thu', 'Trưởng Ban Chỉ đạo', 'Thông báo 02-TB/BCĐ',
             ELT(1 + s.seq % 3, 'HIGH', 'NORMAL', 'LOW'),
             ELT(1 + (s.seq DIV 7) % 3, 'NOT_STARTED', 'IN_PROGRESS', 'DONE'),
             ELT(1 + (s.seq DIV 7) % 3, 0, 50, 100),
             IF((s.seq DIV 7) % 3 = 2, DATE_FORMAT(DATE_ADD('2025-01-01', INTERVAL (s.seq * 7919) % 730 DAY), '%Y-%m-%d'), NULL)
      FROM seq_${from}_to_${to} s`);
  }
  await ds.query('ANALYZE TABLE task');
  const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM task');
  console.log(
    `seeded ${Number(n).toLocaleString('en')} tasks over ${ids.length} units in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { wardId: units.find((u) => u.code === 'HN-LN').id, personId: people[3] };
}

/** Counts SQL statements sent by the tasks service while `work` runs (TypeORM's logger sees each one). */
async function countQueries(dataSource, work) {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args) => {
    count++;
    return original(...args);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function time(stack, token, label, query, variables) {
  for (let i = 0; i < 20; i++) ok(await stack.query(query, variables, token)); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const result = await stack.query(query, variables, token);
    times.push(performance.now() - t0);
    ok(result);
  }
  console.log(
    `  ${label.padEnd(62)} median ${median(times).toFixed(2)} ms   p95 ${p95(times).toFixed(2)} ms`,
  );
  return median(times);
}

const PAGE = (fields) =>
  `query ($f: TaskFilter, $n: Int, $a: String) { tasks(filter: $f, first: $n, after: $a) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`;
const LOCAL = 'id title dueDate status progress overdue version assignee { id } unit { id }';
const FEDERATED =
  'id title dueDate status progress overdue version assignee { id fullName } unit { id name }';

async function main() {
  const stack = await startStack({
    services: [directory.definition, tasks.definition],
    onReady: { directory: (ds) => directory.seedDirectoryDemo(ds, pino({ level: 'silent' })) },
    subgraphTimeoutMs: 60_000,
  });
  try {
    const admin = await stack.login('admin');
    const { wardId, personId } = await seedTasks(stack, admin);
    const secretariat = await stack.login('secretariat');
    const inProgress = { status: 'IN_PROGRESS' };
    const wardOpen = { unitId: wardId, status: 'IN_PROGRESS' };
    console.log(
      `\ntask list through the gateway, ${RUNS} sequential requests each, signed in as secretariat (scope: Hà Nội)`,
    );
    await time(
      stack,
      secretariat,
      'baseline: committees(first: 1) { nodes { id } }',
      '{ committees(first: 1) { nodes { id } } }',
      {},
    );
    const headline = await time(
      stack,
      secretariat,
      'first: 20, filter { status: IN_PROGRESS }',
      PAGE(LOCAL),
      { f: inProgress, n: 20 },
    );
    await time(
      stack,
      secretariat,
      'first: 20, filter { unitId: <Lĩnh Nam>, status: IN_PROGRESS }',
      PAGE(LOCAL),
      { f: wardOpen, n: 20 },
    );
    await time(stack, secretariat, 'first: 20, filter { assigneeId }', PAGE(LOCAL), {
      f: { assigneeId: String(personId) },
      n: 20,
    });
    await time(stack, secretariat, 'first: 20, filter { overdue: true }', PAGE(LOCAL), {
      f: { overdue: true },
      n: 20,
    });
    await time(
      stack,
      secretariat,
      'first: 20, filter { status }, + assignee name and unit name',
      PAGE(FEDERATED),
      { f: inProgress, n: 20 },
    );
    const page1 = ok(await stack.query(PAGE(LOCAL), { f: inProgress, n: 20 }, secretariat)).tasks;
    await time(stack, secretariat, 'first: 20, filter { status }, page 2 (after a cursor)', PAGE(LOCAL), {
      f: inProgress,
      n: 20,
      a: page1.pageInfo.endCursor,
    });
    await time(
      stack,
      secretariat,
      'first: 20, filter { status }, with totalCount',
      PAGE(LOCAL).replace(
        'tasks(filter: $f, first: $n, after: $a) {',
        'tasks(filter: $f, first: $n, after: $a) { totalCount',
      ),
      { f: inProgress, n: 20 },
    );

    console.log(
      '\nSQL statements sent by the tasks service per list request (nodes with assignee, unit, committee):',
    );
    const ds = stack.services.tasks.dataSource;
    const FULL = `${FEDERATED} committee { name }`;
    for (const n of [10, 100]) {
      const withoutCount = await countQueries(ds, async () =>
        ok(await stack.query(PAGE(FULL), { f: inProgress, n }, secretariat)),
      );
      const withCount = await countQueries(ds, async () =>
        ok(
          await stack.query(
            PAGE(FULL).replace('{ nodes', '{ totalCount nodes'),
            { f: inProgress, n },
            secretariat,
          ),
        ),
      );
      console.log(
        `  first: ${String(n).padEnd(4)} ${withoutCount} statement(s); ${withCount} with totalCount`,
      );
    }
    console.log('\nplans (MariaDB EXPLAIN of the page queries):');
    const indexes = await ds.query(
      "SELECT INDEX_NAME AS name, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'task' GROUP BY INDEX_NAME",
    );
    const columns = new Map(indexes.map((i) => [i.name, i.cols]));
    for (const [label, where] of [
      ['status', "t.status = 'IN_PROGRESS'"],
      ['unitId + status', `t.unitId = ${Number(wardId)} AND t.status = 'IN_PROGRESS'`],
      ['overdue', "t.status <> 'DONE' AND t.dueDate < '2026-11-23'"],
    ]) {
      const [plan] = await ds.query(
        `EXPLAIN SELECT t.* FROM task t WHERE t.unitPath LIKE '/1/%' AND ${where} ORDER BY t.dueDate ASC, t.id ASC LIMIT 21`,
      );
      console.log(
        `  ${label.padEnd(16)} index (${columns.get(plan.key) ?? plan.key}) type=${plan.type} rows~${plan.rows} ${plan.Extra ?? ''}`,
      );
    }
    console.log(`\nmedian ${headline.toFixed(2)} ms for first: 20 with a status filter (target < 15 ms)`);
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
