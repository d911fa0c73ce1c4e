/**
 * The suite: what runs, on which port on one machine, for whom, and what each part deploys as.
 * Every list of services, desks and ports reads this file — the gateway's subgraphs, the launcher
 * (`npm start`, the e2e suite), CORS origins, the Rsbuild ports, the shell's navigation, the e2e
 * desk accounts, the Kubernetes base (`infra/local/src/k8s.ts`), the image list and the README's
 * architecture block. Adding a service or a desk is its folder plus one entry here
 * (`manifest.spec.ts` says what else CI checks against it).
 */

/** The GraphQL gateway: the one address the browser talks to. */
export const GATEWAY = { name: 'gateway', port: 4000 } as const;

/**
 * The subgraphs in the order they start. `needs`: the services its integration tests start beside
 * it (`startStackWith` in @dx/test-kit); the directory signs tokens, so every service needs it.
 */
export const SERVICES = [
  {
    name: 'directory',
    port: 4101,
    summary: 'units, people, accounts; signs tokens (Ed25519)',
    needs: [],
  },
  {
    name: 'tasks',
    port: 4102,
    summary: 'committees, work programs, tasks, scorecards, indicators',
    needs: ['directory'],
  },
  {
    name: 'training',
    port: 4103,
    summary: 'courses, sessions, enrolments, certificates, targets',
    needs: ['directory'],
  },
  {
    name: 'donations',
    port: 4104,
    summary: 'donors, donations, stock, handovers',
    needs: ['directory'],
  },
  {
    name: 'awards',
    port: 4105,
    summary: 'rounds, nominations, reviews, honours',
    needs: ['directory'],
  },
  {
    name: 'campaigns',
    port: 4106,
    summary: 'campaigns across the desks and the command dashboard',
    needs: ['directory'],
  },
  {
    name: 'notifications',
    port: 4107,
    summary: "each person's bell, preferences and e-mail digests, from the services' events",
    needs: ['directory'],
  },
] as const satisfies readonly ServiceEntry[];

/** The host every desk loads into. */
export const SHELL = { name: 'shell', port: 4200 } as const;

/**
 * The desks (Module Federation remotes), in port order. `roles`: who sees it in the shell's
 * navigation (ADMIN sees every desk; a desk for ADMIN only is listed last). `icon`: the
 * @ant-design/icons component the shell shows. `demoAccount`: the demo account whose work it is
 * (the e2e signs in as it).
 */
export const DESKS = [
  { name: 'directory', port: 4201, roles: ['ADMIN'], icon: 'ApartmentOutlined', demoAccount: 'admin' },
  {
    name: 'tasks',
    port: 4202,
    roles: ['SECRETARIAT', 'COMMITTEE_MEMBER', 'VIEWER'],
    icon: 'CheckSquareOutlined',
    demoAccount: 'secretariat',
  },
  {
    name: 'training',
    port: 4203,
    roles: ['TRAINING_COORDINATOR', 'VIEWER'],
    icon: 'ReadOutlined',
    demoAccount: 'trainer',
  },
  {
    name: 'donations',
    port: 4204,
    roles: ['DONATIONS_OFFICER', 'VIEWER'],
    icon: 'GiftOutlined',
    demoAccount: 'donations',
  },
  {
    name: 'awards',
    port: 4205,
    roles: ['AWARD_COMMITTEE', 'VIEWER'],
    icon: 'TrophyOutlined',
    demoAccount: 'awards',
  },
  {
    name: 'campaigns',
    port: 4206,
    roles: ['SECRETARIAT', 'COMMITTEE_MEMBER', 'VIEWER'],
    icon: 'FlagOutlined',
    demoAccount: 'secretariat',
  },
] as const satisfies readonly DeskEntry[];

export interface ServiceEntry {
  name: string;
  port: number;
  /** What it owns, in a few words (the README's architecture block). */
  summary: string;
  needs: readonly string[];
}

export interface DeskEntry {
  name: string;
  port: number;
  roles: readonly string[];
  icon: string;
  demoAccount: string;
}

export type ServiceName = (typeof SERVICES)[number]['name'];
export type DeskName = (typeof DESKS)[number]['name'];
export type DeskIconName = (typeof DESKS)[number]['icon'];
/** The shell and the desks: what Rsbuild builds and the launcher serves, in port order. */
export type AppName = typeof SHELL.name | DeskName;

/** The web apps in port order: the shell, then each desk. */
export const APPS: readonly { name: AppName; port: number }[] = [
  SHELL,
  ...DESKS.map(({ name, port }) => ({ name, port })),
];

/** The one-machine port of the shell or a desk. */
export const APP_PORTS = Object.fromEntries(APPS.map((a) => [a.name, a.port])) as Record<AppName, number>;

/** How each part is deployed: its image and Kubernetes name (`dx/<name>`, `dx-<name>`), workspace and port. */
export interface Deployable {
  name: string;
  workspace: string;
  port: number;
  kind: 'subgraph' | 'gateway' | 'shell' | 'desk';
}

export const deployableOfService = (s: { name: string; port: number }): Deployable => ({
  name: s.name,
  workspace: `services/${s.name}`,
  port: s.port,
  kind: 'subgraph',
});

export const deployableOfApp = (a: { name: string; port: number }): Deployable =>
  a.name === SHELL.name
    ? { name: 'shell', workspace: 'apps/shell', port: a.port, kind: 'shell' }
    : { name: `desk-${a.name}`, workspace: `apps/${a.name}`, port: a.port, kind: 'desk' };

/** Every deployable: the services, the gateway, the shell and the desks. */
export const DEPLOYABLES: readonly Deployable[] = [
  ...SERVICES.map(deployableOfService),
  { name: GATEWAY.name, workspace: 'gateway', port: GATEWAY.port, kind: 'gateway' },
  ...APPS.map(deployableOfApp),
];
