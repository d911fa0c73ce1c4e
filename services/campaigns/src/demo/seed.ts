import type { DemoEnvironment } from '@dx/subgraph-kit';

export async function seedCampaignsDemo({ log }: DemoEnvironment): Promise<void> {
  log.info('campaigns demo: not yet');
}
