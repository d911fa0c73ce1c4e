import type { DemoEnvironment } from '@dx/subgraph-kit';

export async function seedTasksDemo(env: DemoEnvironment): Promise<void> {
  env.log.info('tasks demo: nothing yet');
}
