import type { DemoEnvironment } from '@dx/subgraph-kit';

export async function seedDonationsDemo(_env: DemoEnvironment): Promise<void> {}
