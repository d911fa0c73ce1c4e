import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  assertWithinScope,
  badInput,
  conflict,
  identityOf,
  notFound,
  paginate,
  requireUnit,
  scopePrefix,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { lineProblem } from '../domain/item-lines';
import { HandoverRecord, type HandoverStatusName } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import { HandOverInput, type HandoverItemInput } from '../schema/inputs';
import { HandoverStatus } from '../schema/enums';
import { Handover, HandoverConnection, HandoverItem } from '../schema/types';
import { handoverHolder, pathOf } from '../store/holders';
import { handoverItemsLoader, handoverLoader } from '../store/loaders';
import { toHandover } from '../store/mappers';
import { writeHandover } from '../store/handover-writer';
import { returnToStock } from '../store/stock-store';
import { checkPeople } from './people';
import { DESK } from './roles';

export function checkItemLines(items: HandoverItemInput[], field = 'items') {
  items.forEach((item, i) => {
    const problem = lineProblem(item);
    if (problem) throw badInput(problem, `${field}.${i}`);
  });
}

@Resolver(() => Handover)
export class HandoverResolver {
  @Authorized()
  @Query(() => HandoverConnection, { description: "Handovers to units in the caller's scope, newest first." })
  async handovers(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('recipientUnitId', () => ID, { nullable: true }) recipientUnitId?: string,
    @Arg('status', () => HandoverStatus, { nullable: true }) status?: HandoverStatusName,
    @Arg('search', () => String, { nullable: true, description: 'Part of a record number.' }) search?: string,
  ) {
    const query = ctx.dataSource.getRepository(HandoverRecord).createQueryBuilder('h');
    const prefix = scopePrefix(identityOf(ctx));
    if (prefix) query.andWhere('h.recipientPath LIKE :prefix', { prefix: `${prefix}%` });
    if (recipientUnitId) query.andWhere('h.recipientUnitId = :recipientUnitId', { recipientUnitId: Number(recipientUnitId) });
    if (status) query.andWhere('h.status = :status', { status });
    if (search?.trim()) query.andWhere('h.recordNo LIKE :q', { q: `%${search.trim()}%` });
    const connection = await paginate(query, page, [
      { column: 'h.handedOverAt', property: 'handedOverAt', direction: 'DESC' },
      { column: 'h.id', property: 'id', direction: 'DESC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toHandover) };
  }

  @Authorized()
  @Query(() => Handover, { nullable: true })
  handover(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return handoverLoader(ctx).load(id);
  }

  @FieldResolver(() => [HandoverItem])
  async items(@Root() handover: Handover, @Ctx() ctx: RequestContext) {
    return (await handoverItemsLoader(ctx).load(handover.id)) ?? [];
  }

  @Authorized(...DESK)
  @Mutation(() => Handover, { description: 'Hands items over to a unit; OUT_OF_STOCK beyond what its store has available.' })
  async handOver(@Arg('input') input: HandOverInput, @Ctx() ctx: RequestContext) {
    checkItemLines(input.items);
    const identity = identityOf(ctx);
    const recipient = await requireUnit(ctx, input.recipientUnitId, 'recipientUnitId');
    assertWithinScope(identity, pathOf(recipient), 'handovers to this unit');
    const people = await checkPeople(ctx, input);
    const categories = [...new Set(input.items.map((i) => i.category))];
    const saved = await ctx.dataSource.transaction(async (manager) => {
      const holder = await handoverHolder(manager, ctx, recipient, categories, input.fromUnitId);
      return writeHandover(manager, ctx, holder, { ...input, ...people, recipient, note: input.note ?? null });
    });
    return toHandover(saved);
  }

  @Authorized(...DESK)
  @Mutation(() => Handover, { description: 'Voids a handover: its items go back to stock; the record stays, marked VOIDED with the reason.' })
  async voidHandover(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    const why = reason.trim();
    if (why.length < 3) throw badInput('Say why the handover is voided (at least 3 characters).', 'reason');
    if (why.length > 500) throw badInput('A reason may have at most 500 characters.', 'reason');
    return ctx.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(HandoverRecord).findOneBy({ id: Number(id) });
      if (!before) throw notFound('Handover', id);
      assertWithinScope(identityOf(ctx), before.recipientPath, 'handovers to this unit');
      const voided = await manager
        .createQueryBuilder()
        .update(HandoverRecord)
        .set({ status: 'VOIDED', voidReason: why, voidedAt: new Date() })
        .where("id = :id AND status = 'ACTIVE'", { id: before.id })
        .execute();
      if (!voided.affected) throw conflict(`The handover ${before.recordNo} is already voided.`);
      const items = await manager.getRepository(HandoverItemRecord).find({ where: { handoverId: before.id }, order: { stockId: 'ASC' } });
      for (const item of items) await returnToStock(manager, item.stockId, item.quantity);
      const after = await manager.getRepository(HandoverRecord).findOneByOrFail({ id: before.id });
      await writeAudit(manager, ctx, { action: 'voidHandover', entityType: 'Handover', entityId: id, before, after });
      return toHandover(after);
    });
  }
}

