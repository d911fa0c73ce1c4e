import type { DatabaseOptions } from './db/data-source';
import type { SubgraphSchemaOptions } from './graphql/schema';
import type { DemoEnvironment } from './http/demo-seeding';
import type { ServiceRoutes, ServiceWorker } from './outbox/workers';

/** What a service is: the one object its main.ts, its tests and the schema printer all start from. */
export interface SubgraphDefinition extends SubgraphSchemaOptions {
  name: string;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  /** Root fields that answer without a token (the directory's `login`). Everything else needs one. */
  publicRootFields?: string[];
  /**
   * Seeds this service's demo data when started with DX_DEMO=1, after the gateway answers. It must
   * do nothing when the data is already there (a restart). /health/ready says 503 until it is done.
   */
  seedDemo?: (env: DemoEnvironment) => Promise<void>;
  /** Background work started with the server and stopped before it (event consumers, scheduled jobs). */
  workers?: ServiceWorker[];
  /** Extra HTTP routes beside /graphql (the notifications service's internal event endpoint). */
  routes?: ServiceRoutes;
}
