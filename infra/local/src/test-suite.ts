/**
 * A throwaway suite for browser tests and benchmarks: the built suite on a fresh data directory
 * (demo seeded) in a free port range, so it runs beside `npm start` and other people's runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY, SHELL, assertUsableOffset, suitePorts, unusablePorts } from '@dx/suite-manifest';
import { repoRoot } from './suite';

// Generous: on a loaded 2-core machine seven services and six apps take minutes to come up.
const READY_TIMEOUT_MS = Number(process.env.DX_SUITE_READY_TIMEOUT_MS ?? 600_000);

export interface TestSuite {
  offset: number;
  shellUrl: string;
  gatewayUrl: string;
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function takenPorts(offset: number): Promise<number[]> {
  const taken = [];
  for (const { port } of suitePorts(offset)) if (!(await portFree(port))) taken.push(port);
  return taken;
}

/** DX_PORT_OFFSET if set (and free), else the first free range among several, tried in random order. */
async function chooseOffset(): Promise<number> {
  if (process.env.DX_PORT_OFFSET) {
    const offset = Number(process.env.DX_PORT_OFFSET);
    assertUsableOffset(offset);
    const taken = await takenPorts(offset);
    if (taken.length)
      throw new Error(
        `ports ${taken.join(', ')} are in use (another suite running?); choose another DX_PORT_OFFSET`,
      );
    return offset;
  }
  const candidates = Array.from({ length: 30 }, (_, i) => 1000 + i * 300).sort(() => Math.random() - 0.5);
  for (const offset of candidates)
    if (unusablePorts(offset).length === 0 && (await takenPorts(offset)).length === 0) return offset;
  throw new Error('no free port range found; set DX_PORT_OFFSET');
}

export async function startTestSuite(): Promise<TestSuite> {
  const offset = await chooseOffset();
  const dataDir = mkdtempSync(join(tmpdir(), 'dx-e2e-'));
  const env = { ...process.env, DX_DATA_DIR: dataDir, DX_PORT_OFFSET: String(offset), DX_DEMO: '1' };
  const suite = spawn(process.execPath, [join(repoRoot, 'infra/local/dist/start.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (suite.exitCode === null && suite.signalCode === null) {
      suite.kill('SIGTERM');
      await new Promise((r) => suite.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      suite.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('dx-suite is ready')) resolve();
      });
      suite.once('exit', (code) =>
        reject(new Error(`the suite stopped before it was ready (${code})\n${output}`)),
      );
      setTimeout(
        () => reject(new Error(`the suite was not ready after ${READY_TIMEOUT_MS / 1000} s\n${output}`)),
        READY_TIMEOUT_MS,
      ).unref();
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    offset,
    shellUrl: `http://127.0.0.1:${SHELL.port + offset}`,
    gatewayUrl: `http://127.0.0.1:${GATEWAY.port + offset}/graphql`,
    stop,
  };
}
