/**
 * `npm run test:e2e`: starts the built suite on a fresh data directory (demo seeded) in its own
 * port range, runs every `apps/<name>/e2e/*.e2e.ts` in Chromium (jest project `e2e`), stops it.
 * DX_PORT_OFFSET picks the port range; by default the first free one of several, because other
 * people's runs may be going on. Extra arguments go to jest.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPS, SUBGRAPHS, repoRoot } from './suite';

const BASE_PORTS = [4000, ...SUBGRAPHS.map((s) => s.port), ...APPS.map((a) => a.port)];
const READY_TIMEOUT_MS = 240_000;

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function takenPorts(offset: number): Promise<number[]> {
  const taken = [];
  for (const port of BASE_PORTS.map((p) => p + offset)) if (!(await portFree(port))) taken.push(port);
  return taken;
}

async function chooseOffset(): Promise<number | null> {
  if (process.env.DX_PORT_OFFSET) {
    const offset = Number(process.env.DX_PORT_OFFSET);
    const taken = await takenPorts(offset);
    if (taken.length === 0) return offset;
    console.error(`e2e: ports ${taken.join(', ')} are in use (another suite running?). Choose another DX_PORT_OFFSET.`);
    return null;
  }
  const candidates = Array.from({ length: 30 }, (_, i) => 1000 + i * 300).sort(() => Math.random() - 0.5);
  for (const offset of candidates) if ((await takenPorts(offset)).length === 0) return offset;
  console.error('e2e: no free port range found; set DX_PORT_OFFSET.');
  return null;
}

async function main(): Promise<number> {
  const offset = await chooseOffset();
  if (offset === null) return 2;
  const dataDir = mkdtempSync(join(tmpdir(), 'dx-e2e-'));
  const env = { ...process.env, DX_DATA_DIR: dataDir, DX_PORT_OFFSET: String(offset), DX_DEMO: '1' };
  const suite = spawn(process.execPath, [join(repoRoot, 'infra/local/dist/start.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    suite.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('dx-suite is ready')) resolve();
    });
    suite.once('exit', (code) => reject(new Error(`the suite stopped before it was ready (${code})\n${output}`)));
    setTimeout(() => reject(new Error(`the suite was not ready after ${READY_TIMEOUT_MS / 1000} s\n${output}`)), READY_TIMEOUT_MS).unref();
  });
  const stopSuite = async () => {
    if (suite.exitCode === null) {
      suite.kill('SIGTERM');
      await new Promise((r) => suite.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await ready;
    console.log(`e2e: suite ready at http://127.0.0.1:${4200 + offset} (data ${dataDir})`);
    const jest = spawn(
      process.execPath,
      [join(repoRoot, 'node_modules/jest/bin/jest.js'), '--selectProjects', 'e2e', '--runInBand', ...process.argv.slice(2)],
      {
        cwd: repoRoot,
        stdio: 'inherit',
        env: { ...process.env, DX_E2E_BASE_URL: `http://127.0.0.1:${4200 + offset}`, DX_E2E_GATEWAY_URL: `http://127.0.0.1:${4000 + offset}/graphql` },
      },
    );
    return await new Promise<number>((resolve) => jest.once('exit', (code) => resolve(code ?? 1)));
  } finally {
    await stopSuite();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
