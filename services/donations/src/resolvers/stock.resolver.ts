import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DomainError, identityOf, requireUnit, scopePrefix, type RequestContext } from '@dx/subgraph-kit';
import { ITEM_CATEGORIES, categoryOrder } from '../domain/categories';
import { StockRecord } from '../entities/stock.entity';
import { StockLine } from '../schema/types';
import { handoverHolder, pathOf } from '../store/holders';
import { toStockLine } from '../store/mappers';

@Resolver(() => StockLine)
export class StockResolver {
  @Authorized()
  @Query(() => [StockLine], {
    description: "Stock per category in the caller's scope (or below `unitId`), added up over stores; `byStore` lists each store's lines.",
  })
  async stock(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('byStore', { defaultValue: false }) byStore?: boolean,
  ) {
    const query = ctx.dataSource.getRepository(StockRecord).createQueryBuilder('s');
    const prefix = scopePrefix(identityOf(ctx));
    if (prefix) query.andWhere('s.holderPath LIKE :prefix', { prefix: `${prefix}%` });
    if (unitId) {
      const unit = await requireUnit(ctx, unitId, 'unitId');
      query.andWhere('s.holderPath LIKE :unitPath', { unitPath: `${pathOf(unit)}%` });
    }
    const rows = await query.orderBy('s.holderPath', 'ASC').addOrderBy('s.id', 'ASC').getMany();
    if (byStore) return rows.map(toStockLine).sort((a, b) => categoryOrder(a.category, b.category));
    const totals = new Map(ITEM_CATEGORIES.map((category) => [category, { category, received: 0, handedOver: 0, available: 0, holder: null }]));
    for (const row of rows) {
      const line = totals.get(row.category)!;
      line.received += row.received;
      line.handedOver += row.handedOver;
      line.available += row.available;
    }
    return [...totals.values()].filter((line) => line.received > 0);
  }

  @Authorized()
  @Query(() => [StockLine], {
    description: 'What a handover to this unit can take: the lines of the store it would draw from (the nearest above it, or `fromUnitId`).',
  })
  async availableFor(
    @Arg('recipientUnitId', () => ID) recipientUnitId: string,
    @Ctx() ctx: RequestContext,
    @Arg('fromUnitId', () => ID, { nullable: true }) fromUnitId?: string,
  ) {
    const recipient = await requireUnit(ctx, recipientUnitId, 'recipientUnitId');
    const manager = ctx.dataSource.manager;
    try {
      const holder = await handoverHolder(manager, ctx, recipient, [...ITEM_CATEGORIES], fromUnitId);
      const rows = await manager.getRepository(StockRecord).findBy({ holderPath: holder.path });
      return rows.map(toStockLine).sort((a, b) => categoryOrder(a.category, b.category));
    } catch (error) {
      if (error instanceof DomainError && error.extensions.code === 'OUT_OF_STOCK') return [];
      throw error;
    }
  }
}
