/** Prints (or with --check verifies) every built service's schema.graphql. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './suite';
import { SUBGRAPHS } from '@dx/gateway';
import { existsSync } from 'node:fs';

const tooling = require.resolve('@dx/subgraph-kit/tooling');
let failed = false;
for (const { name } of SUBGRAPHS) {
  const dir = join(repoRoot, 'services', name);
  if (!existsSync(join(dir, 'dist', 'definition.js'))) continue;
  const args = [tooling, 'print-schema', dir, ...process.argv.slice(2)];
  failed = spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0 || failed;
}
process.exit(failed ? 1 : 0);
