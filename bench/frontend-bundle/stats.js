#!/usr/bin/env node
/**
 * Where the shell's bytes go: builds apps/shell with its own config into a temp dir, with rspack
 * stats, and prints each async/initial chunk (minified size) with its largest modules grouped by
 * package. `node bench/frontend-bundle/stats.js [topN]`. Does not touch apps/shell/dist.
 */
const { join, resolve } = require('node:path');
const { tmpdir } = require('node:os');
const { createRsbuild, loadConfig } = require('@rsbuild/core');

const repoRoot = resolve(__dirname, '..', '..');
const shellDir = join(repoRoot, 'apps', 'shell');
const top = Number(process.argv[2] ?? 8);

function packageOf(name) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  if (m) return m[1];
  const w = /(packages|apps)\/([^/]+)/.exec(name);
  return w ? `${w[1]}/${w[2]}` : name.slice(0, 60);
}

async function main() {
  const { content } = await loadConfig({ cwd: shellDir, loader: 'jiti' });
  let stats;
  const rsbuild = await createRsbuild({
    cwd: shellDir,
    rsbuildConfig: {
      ...content,
      output: {
        ...content.output,
        distPath: { root: join(tmpdir(), 'dx-shell-stats') },
        cleanDistPath: true,
      },
    },
  });
  rsbuild.onAfterBuild(({ stats: s }) => {
    stats = s;
  });
  await rsbuild.build();
  const json = stats.toJson({ all: false, chunks: true, chunkModules: true, modules: false, ids: true });
  const chunks = json.chunks.sort((a, b) => b.size - a.size);
  for (const chunk of chunks.slice(0, top * 2)) {
    const byPkg = new Map();
    const walk = (mods) => {
      for (const m of mods ?? []) {
        if (m.modules) walk(m.modules);
        else
          byPkg.set(
            packageOf(m.name ?? m.identifier ?? '?'),
            (byPkg.get(packageOf(m.name ?? '?')) ?? 0) + (m.size ?? 0),
          );
      }
    };
    walk(chunk.modules);
    const pk = [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log(
      `chunk ${chunk.id} ${chunk.initial ? 'initial' : 'async'} ${(chunk.size / 1024).toFixed(0)} kB (source) files=${chunk.files.join(',')}`,
    );
    for (const [p, s] of pk) console.log(`    ${(s / 1024).toFixed(1).padStart(8)} kB  ${p}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
