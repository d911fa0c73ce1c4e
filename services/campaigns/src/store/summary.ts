import { summaryPrefix, today, type RequestContext } from '@dx/subgraph-kit';
import { CampaignRecord } from '../entities/campaign.entity';
import { CampaignUnitRecord } from '../entities/campaign-unit.entity';
import { TallyRecord } from '../entities/tally.entity';
import { campaignStatus } from '../domain/campaign-status';
import type { CampaignSummary } from '../schema/types';
import { whereInTree, whereVisible } from './campaign-queries';

/**
 * The dashboard's campaign card for a unit's tree, as the caller may see it. Two SQL statements
 * whatever the size of the tree (the unit's path comes from the directory through the gateway).
 */
export async function campaignSummary(ctx: RequestContext, unitId: string): Promise<CampaignSummary | null> {
  const prefix = await summaryPrefix(ctx, unitId);
  if (!prefix) return null;
  const day = today();
  const current = await whereInTree(
    whereVisible(ctx.dataSource.getRepository(CampaignRecord).createQueryBuilder('c'), ctx),
    prefix,
  )
    .select(['c.id', 'c.startsOn', 'c.endsOn'])
    .andWhere('c.endsOn >= :today', { today: day })
    .getMany();
  const runningIds = current
    .filter((c) => campaignStatus(c.startsOn, c.endsOn, day) === 'RUNNING')
    .map((c) => c.id);
  let notReportedToday = 0;
  if (runningIds.length) {
    const reported = ctx.dataSource
      .getRepository(TallyRecord)
      .createQueryBuilder('t')
      .subQuery()
      .select('1')
      .from(TallyRecord, 't')
      .where('t.campaignId = cu.campaignId AND t.unitId = cu.unitId AND t.day = :today')
      .getQuery();
    notReportedToday = await ctx.dataSource
      .getRepository(CampaignUnitRecord)
      .createQueryBuilder('cu')
      .where('cu.campaignId IN (:...runningIds) AND cu.unitPath LIKE :prefix', {
        runningIds,
        prefix: `${prefix}%`,
      })
      .andWhere(`NOT EXISTS ${reported}`, { today: day })
      .getCount();
  }
  return {
    unitId,
    unitPath: prefix,
    running: runningIds.length,
    planned: current.length - runningIds.length,
    notReportedToday,
    runningIds: runningIds.map(String),
  };
}
