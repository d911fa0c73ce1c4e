import { today, type RequestContext } from '@dx/subgraph-kit';
import { CampaignRecord } from '../entities/campaign.entity';
import { SupportPointRecord } from '../entities/support-point.entity';
import type { SupportPoint } from '../schema/types';
import { whereVisible } from './campaign-queries';
import { toPoint } from './mappers';

/**
 * Support points of the campaigns the caller may see, newest campaign first, then by name: what a
 * training coordinator picks a session's place from. Closed campaigns' points only when asked.
 */
export async function visibleSupportPoints(
  ctx: RequestContext,
  filter: { campaignId?: string | null; includeClosed?: boolean },
): Promise<SupportPoint[]> {
  const campaigns = whereVisible(ctx.dataSource.getRepository(CampaignRecord).createQueryBuilder('c'), ctx)
    .select('c.id')
    .addSelect('c.startsOn');
  if (!filter.includeClosed) campaigns.andWhere('c.endsOn >= :today', { today: today() });
  if (filter.campaignId) campaigns.andWhere('c.id = :campaignId', { campaignId: Number(filter.campaignId) });
  const visible = await campaigns
    .orderBy('c.startsOn', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .take(100)
    .getMany();
  if (visible.length === 0) return [];
  const order = new Map(visible.map((c, i) => [c.id, i]));
  const points = await ctx.dataSource
    .getRepository(SupportPointRecord)
    .createQueryBuilder('p')
    .where('p.campaignId IN (:...ids)', { ids: visible.map((c) => c.id) })
    .orderBy('p.name', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .getMany();
  return points
    .sort((a, b) => order.get(a.campaignId)! - order.get(b.campaignId)!)
    .slice(0, 500)
    .map(toPoint);
}

/** One support point, when its campaign is one the caller may see (null otherwise). */
export async function visibleSupportPoint(ctx: RequestContext, id: string): Promise<SupportPoint | null> {
  const point = await ctx.dataSource.getRepository(SupportPointRecord).findOneBy({ id: Number(id) || 0 });
  if (!point) return null;
  const campaign = await whereVisible(
    ctx.dataSource.getRepository(CampaignRecord).createQueryBuilder('c'),
    ctx,
  )
    .andWhere('c.id = :id', { id: point.campaignId })
    .getOne();
  return campaign ? toPoint(point) : null;
}
