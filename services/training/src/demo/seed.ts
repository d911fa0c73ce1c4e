import type { DemoEnvironment } from '@dx/subgraph-kit';

export async function seedTrainingDemo(_env: DemoEnvironment): Promise<void> {}
