import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS, repoRoot } from '@dx/gateway';
import { APPS, GATEWAY } from '@dx/suite-manifest';

export { SUBGRAPHS, repoRoot };
/** Moves every port (gateway, services, apps) so a second suite, e.g. the e2e run, can run beside `npm start`. */
export const PORT_OFFSET = Number(process.env.DX_PORT_OFFSET ?? 0);
export const GATEWAY_PORT = GATEWAY.port + PORT_OFFSET;

/** The shell and its remotes, in port order (from the suite manifest); a remote is served once it has been built. */
export { APPS };

export const servicePort = (service: { port: number }) => service.port + PORT_OFFSET;
export const appPort = (app: { port: number }) => app.port + PORT_OFFSET;

/** Origins the gateway accepts: the default ones, or the moved ones when the ports are offset. */
export function corsOrigins(): string | undefined {
  if (!PORT_OFFSET) return process.env.DX_CORS_ORIGINS;
  return APPS.flatMap((a) => [`http://127.0.0.1:${appPort(a)}`, `http://localhost:${appPort(a)}`]).join(',');
}

export const serviceDir = (name: string) => join(repoRoot, 'services', name);
export const appDist = (name: string) => join(repoRoot, 'apps', name, 'dist');

/** Services of this checkout that have been built (each has dist/main.js). */
export const builtServices = () =>
  SUBGRAPHS.filter((s) => existsSync(join(serviceDir(s.name), 'dist', 'main.js')));
export const builtApps = () =>
  APPS.filter(
    (a) =>
      existsSync(join(appDist(a.name), 'index.html')) ||
      existsSync(join(appDist(a.name), 'mf-manifest.json')),
  );

export const DEMO_ACCOUNTS = [
  ['admin', 'administrator, every unit'],
  ['secretariat', 'steering-committee secretariat, Hà Nội'],
  ['trainer', 'training coordinator, Hà Nội'],
  ['donations', 'donations desk, Hà Nội'],
  ['awards', 'award committee, Hà Nội'],
  ['reviewer', 'second award-committee member, Hà Nội'],
  ['reviewer2', 'third award-committee member, Hà Nội'],
  ['member', 'committee member, phường Lĩnh Nam'],
  ['viewer', 'read-only, Hà Nội'],
  ['congchuc', 'civil servant, Lĩnh Nam ward office (monthly DX rating)'],
] as const;
