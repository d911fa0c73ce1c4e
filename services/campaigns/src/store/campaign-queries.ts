import { Brackets, type SelectQueryBuilder } from 'typeorm';
import {
  forbidden,
  identityOf,
  paginate,
  scopePrefix,
  type PageArgs,
  type RequestContext,
  today,
} from '@dx/subgraph-kit';
import { CampaignRecord } from '../entities/campaign.entity';
import { CampaignUnitRecord } from '../entities/campaign-unit.entity';
import type { CampaignStatusName } from '../domain/campaign-status';
import { campaignVisibility, canSeeCampaign } from '../domain/visibility';
import type { Campaign } from '../schema/types';
import { campaignLoader } from './loaders';
import { toCampaign } from './mappers';

function visibilityOf(ctx: RequestContext) {
  const identity = identityOf(ctx);
  return scopePrefix(identity) === null ? null : campaignVisibility(identity.scopeUnitPath);
}

/** Only campaigns of the caller's units, below them, or of the units above them. */
export function whereVisible(
  query: SelectQueryBuilder<CampaignRecord>,
  ctx: RequestContext,
): SelectQueryBuilder<CampaignRecord> {
  const visibility = visibilityOf(ctx);
  if (!visibility) return query;
  return query.andWhere(
    new Brackets((q) =>
      q
        .where('c.unitPath LIKE :scopePrefix', { scopePrefix: `${visibility.prefix}%` })
        .orWhere('c.unitPath IN (:...ancestors)', { ancestors: visibility.ancestors }),
    ),
  );
}

export function whereStatus(
  query: SelectQueryBuilder<CampaignRecord>,
  status: CampaignStatusName,
  day = today(),
) {
  if (status === 'PLANNED') return query.andWhere('c.startsOn > :today', { today: day });
  if (status === 'CLOSED') return query.andWhere('c.endsOn < :today', { today: day });
  return query.andWhere('c.startsOn <= :today AND c.endsOn >= :today', { today: day });
}

/** Campaigns owned in a unit's tree, or in which a unit of that tree takes part. */
export function whereInTree(query: SelectQueryBuilder<CampaignRecord>, treePrefix: string) {
  const takingPart = query
    .subQuery()
    .select('1')
    .from(CampaignUnitRecord, 'cu')
    .where('cu.campaignId = c.id AND cu.unitPath LIKE :treePrefix')
    .getQuery();
  return query.andWhere(
    new Brackets((q) => q.where('c.unitPath LIKE :treePrefix').orWhere(`EXISTS ${takingPart}`)),
    { treePrefix: `${treePrefix}%` },
  );
}

export interface CampaignFilter {
  unitPath?: string | null;
  status?: CampaignStatusName | null;
}

export async function listCampaigns(ctx: RequestContext, filter: CampaignFilter, page: PageArgs) {
  const query = whereVisible(ctx.dataSource.getRepository(CampaignRecord).createQueryBuilder('c'), ctx);
  if (filter.unitPath) whereInTree(query, filter.unitPath);
  if (filter.status) whereStatus(query, filter.status);
  const connection = await paginate(query, page, [
    { column: 'c.startsOn', property: 'startsOn', direction: 'DESC' },
    { column: 'c.id', property: 'id', direction: 'DESC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toCampaign) };
}

export async function campaignsInTree(ctx: RequestContext, treePrefix: string): Promise<Campaign[]> {
  const query = whereInTree(
    whereVisible(ctx.dataSource.getRepository(CampaignRecord).createQueryBuilder('c'), ctx),
    treePrefix,
  )
    .orderBy('c.startsOn', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .take(200);
  return (await query.getMany()).map(toCampaign);
}

/** A campaign the caller may see (FORBIDDEN for one of another ward, null when it does not exist). */
export async function visibleCampaign(ctx: RequestContext, id: string): Promise<Campaign | null> {
  const campaign = await campaignLoader(ctx).load(id);
  if (!campaign) return null;
  if (!canSeeCampaign(visibilityOf(ctx), campaign.unitPath)) {
    throw forbidden(
      'This campaign belongs to a unit outside your own; ask its secretariat for its figures.',
      {},
      'errors.campaignOutsideScope',
    );
  }
  return campaign;
}
