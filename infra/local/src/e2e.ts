/**
 * `npm run test:e2e`: starts the built suite on a fresh data directory (demo seeded) in its own
 * port range, runs every `apps/<name>/e2e/*.e2e.ts` in Chromium (jest project `e2e`), stops it.
 * DX_PORT_OFFSET picks the port range (default: a free one); extra arguments go to jest.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './suite';
import { startTestSuite } from './test-suite';

async function main(): Promise<number> {
  const suite = await startTestSuite();
  try {
    console.log(`e2e: suite ready at ${suite.shellUrl}`);
    const jest = spawn(
      process.execPath,
      [
        join(repoRoot, 'node_modules/jest/bin/jest.js'),
        '--selectProjects',
        'e2e',
        '--runInBand',
        ...process.argv.slice(2),
      ],
      {
        cwd: repoRoot,
        stdio: 'inherit',
        env: { ...process.env, DX_E2E_BASE_URL: suite.shellUrl, DX_E2E_GATEWAY_URL: suite.gatewayUrl },
      },
    );
    return await new Promise<number>((resolve) => jest.once('exit', (code) => resolve(code ?? 1)));
  } finally {
    await suite.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
