import type { DemoEnvironment } from '@dx/subgraph-kit';

export async function seedAwardsDemo(_env: DemoEnvironment): Promise<void> {}
