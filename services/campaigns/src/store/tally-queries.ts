import {
  identityOf,
  notFound,
  paginate,
  scopePrefix,
  type PageArgs,
  type RequestContext,
} from '@dx/subgraph-kit';
import { TallyRecord } from '../entities/tally.entity';
import { toTally } from './mappers';
import { visibleCampaign } from './campaign-queries';

export interface TallyFilter {
  campaignId: string;
  unitId?: string | null;
  fromDay?: string | null;
  toDay?: string | null;
  metricCode?: string | null;
}

/** A campaign's figures within the caller's scope (a team sees its own, the ward all of its teams'). */
export async function listTallies(ctx: RequestContext, filter: TallyFilter, page: PageArgs) {
  const campaign = await visibleCampaign(ctx, filter.campaignId);
  if (!campaign) throw notFound('Campaign', filter.campaignId);
  const query = ctx.dataSource
    .getRepository(TallyRecord)
    .createQueryBuilder('t')
    .where('t.campaignId = :campaignId', { campaignId: Number(campaign.id) });
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('t.unitPath LIKE :prefix', { prefix: `${prefix}%` });
  if (filter.unitId) query.andWhere('t.unitId = :unitId', { unitId: Number(filter.unitId) });
  if (filter.fromDay) query.andWhere('t.day >= :fromDay', { fromDay: filter.fromDay });
  if (filter.toDay) query.andWhere('t.day <= :toDay', { toDay: filter.toDay });
  if (filter.metricCode) query.andWhere('t.metricCode = :metricCode', { metricCode: filter.metricCode });
  const connection = await paginate(query, page, [
    { column: 't.day', property: 'day', direction: 'DESC' },
    { column: 't.id', property: 'id', direction: 'DESC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toTally) };
}
