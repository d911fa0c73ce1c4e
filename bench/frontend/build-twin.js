/**
 * Builds the single-app twin of the suite: the shell's own Rsbuild config (apps/shell/rsbuild.config.ts,
 * loaded as is) without the Module Federation plugin, and with apps/shell/src/remotes.ts replaced by
 * twin/remotes.tsx, which imports each desk's App as an ordinary code-split chunk. Same source, same
 * React/antd/Apollo, same chunk splitting; only federation is taken out. Output: bench/frontend/.twin-dist.
 */
const { join, resolve } = require('node:path');
const { createRsbuild, loadConfig } = require('@rsbuild/core');

const repoRoot = resolve(__dirname, '..', '..');
const shellDir = join(repoRoot, 'apps', 'shell');
const twinDist = join(__dirname, '.twin-dist');
const twinRemotes = join(__dirname, 'twin', 'remotes.tsx');

async function buildTwin() {
  const { content } = await loadConfig({ cwd: shellDir, loader: 'jiti' });
  const plugins = (content.plugins ?? []).filter((p) => p && !String(p.name).includes('module-federation'));
  const rsbuild = await createRsbuild({
    cwd: shellDir,
    rsbuildConfig: {
      ...content,
      plugins,
      output: { ...content.output, distPath: { root: twinDist }, cleanDistPath: true },
      tools: {
        rspack: (config, { rspack }) => {
          config.plugins.push(
            new rspack.NormalModuleReplacementPlugin(/^\.\.?\/remotes$/, (resource) => {
              if (resource.context.startsWith(join(shellDir, 'src'))) resource.request = twinRemotes;
            }),
          );
        },
      },
    },
  });
  const started = performance.now();
  await rsbuild.build();
  console.log(`twin built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${twinDist}`);
  return twinDist;
}

module.exports = { buildTwin, twinDist };

if (require.main === module)
  buildTwin().catch((error) => {
    console.error(error);
    process.exit(1);
  });
