import {
  assertWithinScope,
  badInput,
  conflict,
  identityOf,
  notFound,
  paginate,
  requireUnit,
  scopePrefix,
  writeAudit,
  type PageArgs,
  type RequestContext,
} from '@dx/subgraph-kit';
import { HandoverRecord, type HandoverStatusName } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import type { HandOverInput } from '../schema/inputs';
import { writeHandover } from './handover-writer';
import { handoverHolder, pathOf } from './holders';
import { checkItemLines } from './line-checks';
import { toHandover } from './mappers';
import { checkPeople } from './people';
import { returnToStock } from './stock-store';

export interface HandoverFilter {
  recipientUnitId?: string;
  status?: HandoverStatusName;
  search?: string;
}

export async function listHandovers(ctx: RequestContext, page: PageArgs, filter: HandoverFilter) {
  const query = ctx.dataSource.getRepository(HandoverRecord).createQueryBuilder('h');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('h.recipientPath LIKE :prefix', { prefix: `${prefix}%` });
  if (filter.recipientUnitId)
    query.andWhere('h.recipientUnitId = :recipientUnitId', {
      recipientUnitId: Number(filter.recipientUnitId),
    });
  if (filter.status) query.andWhere('h.status = :status', { status: filter.status });
  if (filter.search?.trim()) query.andWhere('h.recordNo LIKE :q', { q: `%${filter.search.trim()}%` });
  const connection = await paginate(query, page, [
    { column: 'h.handedOverAt', property: 'handedOverAt', direction: 'DESC' },
    { column: 'h.id', property: 'id', direction: 'DESC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toHandover) };
}

export async function handOver(ctx: RequestContext, input: HandOverInput) {
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

/** Voids a handover: its items go back to the store they left; the record stays, marked VOIDED. */
export async function voidHandover(ctx: RequestContext, id: string, reason: string) {
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
    const items = await manager
      .getRepository(HandoverItemRecord)
      .find({ where: { handoverId: before.id }, order: { stockId: 'ASC' } });
    for (const item of items) await returnToStock(manager, item.stockId, item.quantity);
    const after = await manager.getRepository(HandoverRecord).findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'voidHandover',
      entityType: 'Handover',
      entityId: id,
      before,
      after,
    });
    return toHandover(after);
  });
}
