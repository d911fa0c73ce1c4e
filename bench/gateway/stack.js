/**
 * One stack for the gateway bench: the built gateway, directory and tasks of a checkout, each its
 * own Node process (as in production), on free ports and a fresh SQLite data directory, demo seeded.
 * Reports each process's CPU time so the bench can say CPU per request per process.
 */
const { spawn, execFileSync } = require('node:child_process');
const { generateKeyPairSync } = require('node:crypto');
const { existsSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const SERVICES = ['directory', 'tasks'];
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** User + system CPU time of a process so far, in milliseconds (Linux /proc). */
function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function waitReady(url, what, child, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} was not ready at ${url}`);
}

/**
 * @param {string} root checkout whose dist/ folders are run
 * @param {{ label: string, profileDir?: string, logLevel?: string }} options
 */
async function startBenchStack(root, { label, profileDir, logLevel = 'info' }) {
  const dataDir = mkdtempSync(join(tmpdir(), `dx-bench-gw-${label}-`));
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const keys = {
    pub: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    priv: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  const ports = { gateway: await freePort() };
  for (const s of SERVICES) ports[s] = await freePort();
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  const common = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DX_DATA_DIR: dataDir,
    DX_DEMO: '1',
    DX_TOKEN_PUBLIC_KEY: keys.pub,
    DX_GATEWAY_URL: gatewayUrl,
    LOG_LEVEL: logLevel,
    DX_DRAIN_GRACE_MS: '0',
    // Seeding through a loaded machine can be slow; the bench measures, it does not test timeouts.
    DX_SUBGRAPH_TIMEOUT_MS: '30000',
    ...(process.env.DX_TODAY ? { DX_TODAY: process.env.DX_TODAY } : {}),
  };
  const urls = Object.fromEntries(
    SERVICES.map((s) => [`DX_${s.toUpperCase()}_URL`, `http://127.0.0.1:${ports[s]}/graphql`]),
  );
  const processes = {};
  const launch = (name, script, env) => {
    if (!existsSync(script)) throw new Error(`${script} is missing: build ${root} first`);
    const args = profileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${label}-${name}.cpuprofile`]
      : [];
    const child = spawn(process.execPath, [...args, script], {
      cwd: root,
      env: { ...common, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    processes[name] = child;
  };
  for (const s of SERVICES)
    launch(s, join(root, 'services', s, 'dist', 'main.js'), {
      PORT: String(ports[s]),
      ...(s === 'directory' ? { DX_TOKEN_PRIVATE_KEY: keys.priv } : {}),
    });
  launch('gateway', join(root, 'gateway', 'dist', 'main.js'), { ...urls, PORT: String(ports.gateway) });
  const stop = async () => {
    await Promise.all(
      Object.values(processes).map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', resolve);
            // SIGINT: Node writes the --cpu-prof file on a normal exit; the gateway and services exit on it.
            child.kill('SIGINT');
          }),
      ),
    );
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitReady(`http://127.0.0.1:${ports.gateway}/health/live`, `${label} gateway`, processes.gateway);
    for (const s of SERVICES)
      await waitReady(`http://127.0.0.1:${ports[s]}/health/ready`, `${label} ${s}`, processes[s]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    label,
    gatewayUrl,
    subgraphUrl: (name) => `http://127.0.0.1:${ports[name]}/graphql`,
    /** CPU ms so far per process: gateway, directory, tasks. */
    cpu: () => Object.fromEntries(Object.entries(processes).map(([name, child]) => [name, cpuMs(child.pid)])),
    stop,
  };
}

module.exports = { startBenchStack, SERVICES };
