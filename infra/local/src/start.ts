/**
 * `npm start`: the whole suite on this machine with demo data on the embedded SQLite databases.
 * Order: the services of the suite manifest (packages/suite-manifest, directory first), the gateway,
 * then the shell and each remote, at the manifest's ports moved by DX_PORT_OFFSET. A service that dies is restarted (with backoff)
 * while the rest keep serving. Ctrl-C stops everything.
 */
import { join, resolve } from 'node:path';
import { serveStatic, type RunningSite } from '@dx/static-server';
import { assertUsableOffset } from '@dx/suite-manifest';
import { localTokenKeys } from './keys';
import { supervise, type Supervised } from './supervise';
import {
  DEMO_ACCOUNTS,
  GATEWAY_PORT,
  PORT_OFFSET,
  appDist,
  appPort,
  builtApps,
  builtServices,
  corsOrigins,
  repoRoot,
  serviceDir,
  servicePort,
} from './suite';

const dataDir = resolve(process.env.DX_DATA_DIR ?? join(repoRoot, '.data'));
const gatewayUrl = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
const children: Supervised[] = [];
const sites: RunningSite[] = [];

function run(name: string, script: string, env: Record<string, string>): void {
  children.push(supervise(name, script, { env }));
}

async function waitFor(url: string, what: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not become ready at ${url}`);
}

let stopping = false;
async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all([...children.map((c) => c.stop()), ...sites.map((s) => s.stop())]);
  process.exit(code);
}

async function main(): Promise<void> {
  // refused at start rather than as a browser's network error later (6000, 6665-6669, ... are blocked)
  assertUsableOffset(PORT_OFFSET);
  const started = Date.now();
  const keys = localTokenKeys(dataDir);
  const common = {
    DX_DATA_DIR: dataDir,
    DX_DEMO: process.env.DX_DEMO ?? '1',
    DX_TOKEN_PUBLIC_KEY: keys.publicKeyPem,
    DX_GATEWAY_URL: gatewayUrl,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  const services = builtServices();
  const subgraphUrls: Record<string, string> = {};
  for (const service of services) {
    const url = `http://127.0.0.1:${servicePort(service)}`;
    subgraphUrls[`DX_${service.name.toUpperCase()}_URL`] = `${url}/graphql`;
    run(service.name, join(serviceDir(service.name), 'dist', 'main.js'), {
      ...common,
      PORT: String(servicePort(service)),
      DATABASE_URL: process.env[`DX_${service.name.toUpperCase()}_DATABASE_URL`] ?? '',
      ...(service.name === 'directory' ? { DX_TOKEN_PRIVATE_KEY: keys.privateKeyPem } : {}),
    });
  }
  const cors = corsOrigins();
  run('gateway', join(repoRoot, 'gateway', 'dist', 'main.js'), {
    ...common,
    ...subgraphUrls,
    ...(cors ? { DX_CORS_ORIGINS: cors } : {}),
    PORT: String(GATEWAY_PORT),
  });

  const apps = builtApps();
  const remotes = apps
    .filter((a) => a.name !== 'shell')
    .map((a) => ({ name: a.name, entry: `http://127.0.0.1:${appPort(a)}/mf-manifest.json` }));
  const shellApp = apps.find((a) => a.name === 'shell');
  const shellOrigins = shellApp
    ? [`http://127.0.0.1:${appPort(shellApp)}`, `http://localhost:${appPort(shellApp)}`]
    : [];
  // The shell's CSP names what it loads and calls: each remote desk and the gateway.
  const connectOrigins = [...remotes.map((r) => new URL(r.entry).origin), new URL(gatewayUrl).origin];
  for (const app of apps) {
    sites.push(
      await serveStatic({
        root: appDist(app.name),
        port: appPort(app),
        spa: app.name === 'shell',
        corsOrigins: app.name === 'shell' ? [] : shellOrigins,
        connectOrigins: app.name === 'shell' ? connectOrigins : [],
        documents:
          app.name === 'shell' ? { '/remotes.json': { remotes }, '/config.json': { gatewayUrl } } : {},
      }),
    );
  }

  await waitFor(`http://127.0.0.1:${GATEWAY_PORT}/health/ready`, 'gateway');
  for (const service of services)
    await waitFor(`http://127.0.0.1:${servicePort(service)}/health/ready`, service.name);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const shell = apps.find((a) => a.name === 'shell');
  console.log(`
dx-suite is ready (${seconds} s).
  ${shell ? `suite:    http://127.0.0.1:${appPort(shell)}` : 'suite:    (apps not built)'}
  gateway:  ${gatewayUrl}
  services: ${services.map((s) => `${s.name} :${servicePort(s)}`).join(', ')}
  remotes:  ${
    apps
      .filter((a) => a.name !== 'shell')
      .map((a) => `${a.name} :${appPort(a)}`)
      .join(', ') || '(none built)'
  }
  data:     ${dataDir}

Demo accounts (password demo1234):
${DEMO_ACCOUNTS.map(([user, what]) => `  ${user.padEnd(12)} ${what}`).join('\n')}

Ctrl-C stops everything.`);
}

process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void stop(1);
});
