import { defineConfig, type RsbuildConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';
import { pluginModuleFederation } from '@module-federation/rsbuild-plugin';
import { APP_PORTS, type RemoteName } from './ports';
import { sharedSingletons } from './shared';

const offset = Number(process.env.DX_PORT_OFFSET ?? 0);

function baseConfig(port: number, title: string): RsbuildConfig {
  return {
    plugins: [pluginReact()],
    source: { entry: { index: './src/index.ts' } },
    // `auto`: chunks load from wherever the manifest was fetched, so a built app can be served anywhere.
    output: { assetPrefix: 'auto', distPath: { root: 'dist' }, cleanDistPath: true },
    html: { title },
    server: { host: '127.0.0.1', port: port + offset, strictPort: true, cors: true },
    performance: { chunkSplit: { strategy: 'split-by-experience' } },
  };
}

export interface RemoteOptions {
  name: RemoteName;
  /** Modules the shell may load; the contract is `./App`. */
  exposes?: Record<string, string>;
}

/** A desk: exposes `./App` and shares the singletons with the shell. */
export function remoteConfig({ name, exposes = { './App': './src/App.tsx' } }: RemoteOptions): RsbuildConfig {
  const base = baseConfig(APP_PORTS[name], `dx-suite ${name}`);
  return defineConfig({
    ...base,
    plugins: [
      ...(base.plugins ?? []),
      pluginModuleFederation({ name, exposes, shared: sharedSingletons(), dts: false, manifest: true }),
    ],
  });
}

/** The host: no static remotes, they come from /remotes.json at run time. */
export function hostConfig(): RsbuildConfig {
  const base = baseConfig(APP_PORTS.shell, 'dx-suite');
  return defineConfig({
    ...base,
    output: { ...base.output, assetPrefix: '/' },
    server: { ...base.server, historyApiFallback: true },
    plugins: [
      ...(base.plugins ?? []),
      pluginModuleFederation({
        name: 'shell',
        remotes: {},
        shared: sharedSingletons(),
        dts: false,
        manifest: false,
      }),
    ],
  });
}
