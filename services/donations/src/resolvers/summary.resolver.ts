import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { summaryPrefix, today, type RequestContext, UnitRef } from '@dx/subgraph-kit';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import { HandoverRecord } from '../entities/handover.entity';
import { StockRecord } from '../entities/stock.entity';

@ObjectType({
  description:
    "Equipment held and handed over in a unit's tree, as the caller may see it (the dashboard's card).",
})
export class StockSummary {
  @Field(() => Int, { description: 'Items in the stores of the unit and below.' })
  available: number;

  @Field(() => Int, { description: 'Items handed over to the unit and below since 1 January (not voided).' })
  handedOverThisYear: number;
}

/** Unit.stockSummary: two SQL statements whatever the size of the unit tree. */
@Resolver(() => UnitRef)
export class UnitStockSummaryResolver {
  @FieldResolver(() => StockSummary, { nullable: true })
  async stockSummary(@Root() unit: UnitRef, @Ctx() ctx: RequestContext): Promise<StockSummary | null> {
    const prefix = await summaryPrefix(ctx, unit.id);
    if (!prefix) return null;
    const like = `${prefix}%`;
    const [stock, handed] = await Promise.all([
      ctx.dataSource
        .getRepository(StockRecord)
        .createQueryBuilder('s')
        .select('SUM(s.available)', 'n')
        .where('s.holderPath LIKE :like', { like })
        .getRawOne<{ n: string | number | null }>(),
      ctx.dataSource
        .getRepository(HandoverItemRecord)
        .createQueryBuilder('i')
        .innerJoin(HandoverRecord, 'h', 'h.id = i.handoverId')
        .select('SUM(i.quantity)', 'n')
        .where("h.recipientPath LIKE :like AND h.handedOverAt >= :yearStart AND h.status <> 'VOIDED'", {
          like,
          yearStart: `${today().slice(0, 4)}-01-01`,
        })
        .getRawOne<{ n: string | number | null }>(),
    ]);
    return { available: Number(stock?.n ?? 0), handedOverThisYear: Number(handed?.n ?? 0) };
  }
}
