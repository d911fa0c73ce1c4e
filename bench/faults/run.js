#!/usr/bin/env node
/**
 * Faults under load (issue 11): the directory, tasks and the gateway as separate processes on a
 * private MariaDB (its own datadir and port, so the machine's MariaDB is never touched), three
 * kinds of users working through the gateway (task readers, task writers, sign-ins), and one fault
 * at a time:
 *   tasks frozen (SIGSTOP, a slow subgraph) · tasks killed and restarted · MariaDB restarted ·
 *   tasks sent SIGTERM (drain) and restarted · the gateway sent SIGTERM (drain) and restarted.
 * Then the invariants in SQL: every acknowledged write is there exactly once, each with its audit
 * row (nothing half-written), no duplicates. Prints what users saw per phase (answers, error
 * codes, latency) and how long each fault took to recover from.
 *
 * Needs `npm run build` and mariadbd / mariadb-install-db on the PATH. Knobs: FAULT_SECONDS (8),
 * BENCH_PORT (4600: gateway; +1 directory, +2 tasks, +7 MariaDB).
 */
const { spawn, execFileSync } = require('node:child_process');
const { generateKeyPairSync } = require('node:crypto');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const PHASE_MS = Number(process.env.FAULT_SECONDS ?? 8) * 1000;
const BASE = Number(process.env.BENCH_PORT ?? 4600);
const PORTS = { gateway: BASE, directory: BASE + 1, tasks: BASE + 2, mariadb: BASE + 7 };
const GATEWAY = `http://127.0.0.1:${PORTS.gateway}/graphql`;
const work = mkdtempSync(join(tmpdir(), 'dx-faults-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

// ---------------------------------------------------------------- MariaDB of its own
let mariadb;
function startMariadb() {
  mariadb = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${join(work, 'db')}`,
      `--port=${PORTS.mariadb}`,
      '--bind-address=127.0.0.1',
      `--socket=${join(work, 'mysql.sock')}`,
      `--pid-file=${join(work, 'mysql.pid')}`,
      '--skip-grant-tables',
      '--innodb-buffer-pool-size=64M',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      '--user=root',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  mariadb.stderr.on('data', () => undefined);
  return waitFor(() => sql('SELECT 1'), 'MariaDB');
}
function sql(statement) {
  return execFileSync(
    'mariadb',
    ['--no-defaults', '-h127.0.0.1', `-P${PORTS.mariadb}`, '-uroot', '-N', '-B', '-e', statement],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
}
async function stopMariadb() {
  const exited = new Promise((r) => mariadb.once('exit', r));
  mariadb.kill('SIGTERM');
  await exited;
}

// ---------------------------------------------------------------- the services
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const KEYS = {
  DX_TOKEN_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }),
  DX_TOKEN_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }),
};
const processes = {};
function startProcess(name) {
  const env = {
    ...process.env,
    LOG_LEVEL: 'error',
    DX_TOKEN_PUBLIC_KEY: KEYS.DX_TOKEN_PUBLIC_KEY,
    DX_GATEWAY_URL: GATEWAY,
    DX_DIRECTORY_URL: `http://127.0.0.1:${PORTS.directory}/graphql`,
    DX_TASKS_URL: `http://127.0.0.1:${PORTS.tasks}/graphql`,
    DX_EVENTS_URL: 'off',
    DX_SUBGRAPH_TIMEOUT_MS: '3000',
    DX_DRAIN_GRACE_MS: '2000',
    PORT: String(PORTS[name]),
  };
  if (name === 'directory') Object.assign(env, KEYS, { DX_DEMO: '1' });
  if (name !== 'gateway') env.DATABASE_URL = `mysql://root@127.0.0.1:${PORTS.mariadb}/dx_${name}`;
  const script =
    name === 'gateway' ? join(ROOT, 'gateway/dist/main.js') : join(ROOT, `services/${name}/dist/main.js`);
  const out = require('node:fs').openSync(join(work, `${name}.log`), 'a');
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', out, out] });
  processes[name] = child;
  return child;
}
async function startService(name) {
  startProcess(name);
  const port = PORTS[name];
  await waitFor(async () => {
    const r = await fetch(`http://127.0.0.1:${port}/health/live`);
    if (!r.ok) throw new Error(String(r.status));
  }, name);
}
function exited(name) {
  const child = processes[name];
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', r));
}
async function waitFor(check, what, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what} did not come up: ${error.message}`);
      const child = processes[what];
      if (child && child.exitCode !== null)
        throw new Error(`${what} exited (${child.exitCode}): see ${join(work, `${what}.log`)}`);
      await sleep(250);
    }
  }
}

// ---------------------------------------------------------------- users
async function gql(query, variables, token) {
  const response = await fetch(GATEWAY, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = await response
    .json()
    .catch(() => ({ errors: [{ extensions: { code: `HTTP_${response.status}` } }] }));
  if (body.errors?.length) {
    const error = new Error(body.errors[0].message);
    error.code = body.errors[0].extensions?.code ?? `HTTP_${response.status}`;
    throw error;
  }
  return body.data;
}
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const READ = '{ tasks(first: 20) { nodes { id title status } } }';
const CREATE = 'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id title } }';

const events = []; // { kind, start, end, code }
const acked = new Set();
const refusedWrites = new Set();
let running = true;

async function record(kind, fn) {
  const start = Date.now();
  try {
    await fn();
    events.push({ kind, start, end: Date.now(), code: 'OK' });
  } catch (error) {
    const code = error.code ?? (error.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'CONNECTION_REFUSED');
    events.push({ kind, start, end: Date.now(), code });
  }
}

async function users(tokens, place) {
  let n = 0;
  const reader = async () => {
    while (running) {
      await record('read', () => gql(READ, {}, tokens.viewer));
      await sleep(40);
    }
  };
  const writer = async (w) => {
    while (running) {
      const title = `fault-bench ${w}-${n++}`;
      await record('write', async () => {
        try {
          await gql(
            CREATE,
            {
              input: {
                title,
                assigneeId: place.personId,
                unitId: place.unitId,
                dueDate: '2099-12-31',
                expectedResult: 'Báo cáo kết quả',
                authority: 'Trưởng ban',
              },
            },
            tokens.admin,
          );
          acked.add(title);
        } catch (error) {
          refusedWrites.add(title);
          throw error;
        }
      });
      await sleep(100);
    }
  };
  const signer = async () => {
    while (running) {
      await record('sign-in', () => gql(LOGIN, { u: 'viewer', p: 'demo1234' }));
      await sleep(1000);
    }
  };
  await Promise.all([reader(), reader(), writer(1), writer(2), signer()]);
}

// ---------------------------------------------------------------- faults
const FAULTS = [
  { name: 'baseline (no fault)', act: async () => sleep(PHASE_MS) },
  {
    name: 'tasks frozen 5 s (SIGSTOP, slow subgraph)',
    act: async () => {
      processes.tasks.kill('SIGSTOP');
      await sleep(5000);
      processes.tasks.kill('SIGCONT');
    },
  },
  {
    name: 'tasks killed (SIGKILL), restarted after 1 s',
    act: async () => {
      processes.tasks.kill('SIGKILL');
      await exited('tasks');
      await sleep(1000);
      await startService('tasks');
    },
  },
  {
    name: 'MariaDB restarted',
    act: async () => {
      await stopMariadb();
      await sleep(1000);
      await startMariadb();
    },
  },
  {
    name: 'tasks sent SIGTERM (drain), restarted',
    act: async () => {
      processes.tasks.kill('SIGTERM');
      await exited('tasks');
      await startService('tasks');
    },
  },
  {
    name: 'gateway sent SIGTERM (drain), restarted',
    act: async () => {
      processes.gateway.kill('SIGTERM');
      await exited('gateway');
      await startService('gateway');
    },
  },
];

const pct = (xs, p) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] : NaN;

function summarise(phase) {
  const inPhase = events.filter((e) => e.start >= phase.from && e.start < phase.to);
  const row = { fault: phase.name };
  for (const kind of ['read', 'write', 'sign-in']) {
    const mine = inPhase.filter((e) => e.kind === kind);
    const okCount = mine.filter((e) => e.code === 'OK').length;
    row[kind] = `${okCount}/${mine.length}`;
  }
  const codes = {};
  for (const e of inPhase) if (e.code !== 'OK') codes[e.code] = (codes[e.code] ?? 0) + 1;
  row.errors =
    Object.entries(codes)
      .map(([c, n]) => `${c}×${n}`)
      .join(' ') || '-';
  const reads = inPhase.filter((e) => e.kind === 'read').map((e) => e.end - e.start);
  row.readMs = `${pct(reads, 0.5)} / ${pct(reads, 0.99)} / ${Math.max(...reads, 0)}`;
  const failures = inPhase.filter((e) => e.code !== 'OK');
  const lastFailure = Math.max(...failures.map((e) => e.end), phase.from);
  row.lastErrorAfterS = failures.length ? ((lastFailure - phase.from) / 1000).toFixed(1) : '0';
  return row;
}

async function main() {
  log(`work dir ${work}`);
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${join(work, 'db')}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { stdio: 'ignore' },
  );
  await startMariadb();
  sql(
    'CREATE DATABASE dx_directory CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; CREATE DATABASE dx_tasks CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;',
  );
  await startService('directory');
  await startService('tasks');
  await startService('gateway');
  const admin = (await waitFor(() => gql(LOGIN, { u: 'admin', p: 'demo1234' }), 'demo accounts')).login.token;
  const viewer = (await gql(LOGIN, { u: 'viewer', p: 'demo1234' })).login.token;
  const place = (await gql('{ people(first: 1) { nodes { id unit { id } } } }', {}, admin)).people.nodes.map(
    (p) => ({ personId: p.id, unitId: p.unit.id }),
  )[0];
  log('suite up; users start');
  const load = users({ admin, viewer }, place);
  const phases = [];
  for (const fault of FAULTS) {
    const from = Date.now();
    log(fault.name);
    await fault.act();
    // After the fault, the phase runs on so the recovery shows.
    await sleep(Math.max(0, PHASE_MS - (Date.now() - from)) + 3000);
    phases.push({ name: fault.name, from, to: Date.now() });
  }
  running = false;
  await load;
  await sleep(500);

  console.log(
    '\nWhat users saw (ok/total per kind; errors by code; read latency p50 / p99 / max ms; seconds from the fault until the last error ended):',
  );
  console.table(phases.map(summarise));

  // Invariants, in SQL.
  const rows = sql("SELECT title FROM dx_tasks.task WHERE title LIKE 'fault-bench %'")
    .split('\n')
    .filter(Boolean);
  const stored = new Set(rows);
  const duplicates = sql(
    "SELECT COUNT(*) FROM (SELECT title FROM dx_tasks.task WHERE title LIKE 'fault-bench %' GROUP BY title HAVING COUNT(*) > 1) d",
  );
  const lost = [...acked].filter((t) => !stored.has(t));
  const withoutAudit = sql(
    "SELECT COUNT(*) FROM dx_tasks.task t WHERE t.title LIKE 'fault-bench %' AND NOT EXISTS (SELECT 1 FROM dx_tasks.audit_log a WHERE a.action = 'createTask' AND a.entityId = t.id)",
  );
  const refusedButStored = [...refusedWrites].filter((t) => stored.has(t)).length;
  console.log('\nInvariants (SQL):');
  console.table([
    { check: 'acknowledged writes', value: acked.size },
    { check: 'acknowledged but missing (lost)', value: lost.length },
    { check: 'stored twice (duplicates)', value: Number(duplicates) },
    { check: 'stored without their audit row (half-written)', value: Number(withoutAudit) },
    {
      check: 'answered with an error but stored (the answer was lost, not the write)',
      value: refusedButStored,
    },
  ]);
  const broken = lost.length + Number(duplicates) + Number(withoutAudit);
  console.log(broken ? `\nINVARIANTS BROKEN: ${broken}` : '\nNothing lost, duplicated or half-written.');
  return broken ? 1 : 0;
}

function cleanUp() {
  for (const child of Object.values(processes)) child.kill('SIGKILL');
  mariadb?.kill('SIGKILL');
  if (process.env.FAULTS_KEEP !== '1') setTimeout(() => rmSync(work, { recursive: true, force: true }), 500);
}

main().then(
  (code) => {
    cleanUp();
    setTimeout(() => process.exit(code), 700);
  },
  (error) => {
    console.error(error);
    cleanUp();
    setTimeout(() => process.exit(1), 700);
  },
);
