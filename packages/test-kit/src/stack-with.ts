import pino from 'pino';
import type { SubgraphDefinition } from '@dx/subgraph-kit';
import { SERVICES } from '@dx/suite-manifest';
import type { DataSource } from 'typeorm';
import { startStack, type StackOptions, type TestStack } from './stack';

export interface StackWithOptions extends Omit<StackOptions, 'services'> {
  /** Services to start beside the ones the suite manifest says it needs, by name (e.g. `['notifications']`). */
  with?: string[];
  /** Seed the directory's demo units, people and accounts (the demo accounts sign in): default true. */
  directoryDemo?: boolean;
}

interface ServiceModule {
  definition: SubgraphDefinition;
  seedDirectoryDemo?: (dataSource: DataSource, log: unknown) => Promise<void>;
}

/**
 * A service's package, found by its name (`@dx/service-<name>`). Loaded at run time rather than
 * imported: the test kit must not depend on the services whose tests use it.
 */
async function serviceModule(name: string): Promise<ServiceModule> {
  return (await import(`@dx/service-${name}`)) as ServiceModule;
}

/** The services a stack for `name` starts: what it needs (transitively) and `extra`, in the manifest's order. */
export function stackServices(name: string, extra: readonly string[] = []): string[] {
  const wanted = new Set<string>();
  const add = (service: string) => {
    if (wanted.has(service)) return;
    const entry = SERVICES.find((s) => s.name === service);
    if (!entry) throw new Error(`${service} is not a service of the suite manifest`);
    wanted.add(service);
    for (const need of entry.needs) add(need);
  };
  for (const service of [name, ...extra]) add(service);
  return SERVICES.map((s) => s.name as string).filter((s) => wanted.has(s));
}

/**
 * The stack a service's integration tests need, in one call: the gateway, the service, the services
 * the suite manifest says it needs (the directory, with its demo seeded, so `stack.login('trainer')`
 * works) and any named in `with`. Everything else is `startStack`'s options.
 */
export async function startStackWith(
  definition: SubgraphDefinition,
  { with: extra = [], directoryDemo = true, onReady, ...options }: StackWithOptions = {},
): Promise<TestStack> {
  const names = stackServices(definition.name, extra);
  const services = await Promise.all(
    names.map(async (name) =>
      name === definition.name ? definition : (await serviceModule(name)).definition,
    ),
  );
  const seedDemo = directoryDemo && names.includes('directory');
  const { seedDirectoryDemo } = seedDemo
    ? await serviceModule('directory')
    : { seedDirectoryDemo: undefined };
  return startStack({
    ...options,
    services,
    onReady: {
      ...(seedDirectoryDemo
        ? { directory: (ds: DataSource) => seedDirectoryDemo(ds, pino({ level: 'silent' })) }
        : {}),
      ...onReady,
    },
  });
}
