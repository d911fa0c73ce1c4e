import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { supervise } from '../src/supervise';

const until = async (what: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!what()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

test('a service that dies is restarted with a growing wait, logged, while another keeps running', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dx-supervise-'));
  const starts = join(dir, 'starts');
  writeFileSync(starts, '');
  // Crashes 150 ms after each start; records each start.
  const crashing = join(dir, 'crashing.js');
  writeFileSync(
    crashing,
    `require('fs').appendFileSync(${JSON.stringify(starts)}, 'x'); setTimeout(() => process.exit(3), 150);`,
  );
  const steady = join(dir, 'steady.js');
  writeFileSync(steady, 'setInterval(() => {}, 1000);');
  const lines: string[] = [];
  const flaky = supervise('flaky', crashing, { backoffMs: 100, log: (l) => lines.push(l) });
  const other = supervise('steady', steady, { log: (l) => lines.push(l) });
  try {
    await until(() => readFileSync(starts, 'utf8').length >= 3);
    expect(lines[0]).toMatch(/flaky stopped \(exit 3\); restarting in 0\.1 s/);
    expect(lines[1]).toMatch(/restarting in 0\.2 s/);
    expect(other.current().exitCode).toBeNull();
    expect(lines.some((l) => l.includes('steady'))).toBe(false);
    // A kill is a death like any other.
    const before = flaky.restarts();
    flaky.current().kill('SIGKILL');
    await until(() => flaky.restarts() > before);
  } finally {
    await flaky.stop();
    await other.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
