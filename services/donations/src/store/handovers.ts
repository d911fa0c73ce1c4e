import {
  assertWithinScope,
  conflict,
  identityOf,
  notFound,
  paginate,
  requirePerson,
  requireUnit,
  scopePrefix,
  today,
  type PageArgs,
  type RequestContext,
  writeAudit,
} from '@dx/subgraph-kit';
import { futureDayProblem } from '../domain/dates';
import { HandoverRecord, type HandoverStatusName } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import { EquipmentRecord } from '../entities/equipment.entity';
import type { HandOverInput } from '../schema/inputs';
import type { AcceptanceInput } from '../schema/movement.inputs';
import { writeEvents } from './equipment-moves';
import { writeHandover } from './handover-writer';
import { handoverHolder, pathOf } from './holders';
import { checkItemLines } from './line-checks';
import { toHandover } from './mappers';
import { checkPeople } from './people';
import { refusal, refuseInput } from './refusals';
import { writeOnce } from './request-keys';
import { changeStock, ensureStockRows } from './stock-store';

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

export function checkDay(day: string, field: string, what: string) {
  const future = futureDayProblem(day, today(), what);
  if (future) throw refuseInput('errors.dayAfterToday', future, field, { today: today() });
}

/** Hands items over from the chosen store (the caller's own by default); once per request key. */
export async function handOver(ctx: RequestContext, input: HandOverInput) {
  checkItemLines(input.items);
  checkDay(input.handedOverAt, 'handedOverAt', 'A handover date');
  const identity = identityOf(ctx);
  const recipient = await requireUnit(ctx, input.recipientUnitId, 'recipientUnitId');
  assertWithinScope(identity, pathOf(recipient), 'handovers to this unit');
  const people = await checkPeople(ctx, input);
  const holder = await handoverHolder(ctx, recipient, input.fromUnitId);
  await ensureStockRows(ctx.dataSource.manager, holder, [...new Set(input.items.map((i) => i.category))]);
  const load = async (id: number) =>
    toHandover(await ctx.dataSource.getRepository(HandoverRecord).findOneByOrFail({ id }));
  return writeOnce(ctx, 'handover', input.requestKey, load, async (manager) => {
    const saved = await writeHandover(manager, ctx, holder, {
      ...input,
      ...people,
      recipient,
      note: input.note ?? null,
    });
    return [saved.id, toHandover(saved)];
  });
}

/**
 * Voids a handover: its items go back to the store they left and its pieces with them; the record
 * stays, marked VOIDED. Refused when a piece already came back (returned) from the team.
 */
export async function voidHandover(ctx: RequestContext, id: string, reason: string) {
  const why = reason.trim();
  if (why.length < 3)
    throw refuseInput(
      'errors.reasonRequired',
      'Say why the handover is voided (at least 3 characters).',
      'reason',
    );
  if (why.length > 500)
    throw refuseInput('errors.reasonTooLong', 'A reason may have at most 500 characters.', 'reason');
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
    for (const item of items)
      await changeStock(manager, item.stockId, item.quantity, 'handedOver', -item.quantity);
    const serialCount = items.reduce((n, i) => n + (i.serialNumbers?.length ?? 0), 0);
    const pieces = await manager
      .getRepository(EquipmentRecord)
      .findBy({ handoverId: before.id, status: 'HANDED_OVER' });
    if (pieces.length !== serialCount) {
      throw refusal(
        'CONFLICT',
        'errors.handoverPiecesReturned',
        `Some pieces of ${before.recordNo} were already returned from the team; that return stays, so this record cannot be voided.`,
        { recordNo: before.recordNo },
      );
    }
    await manager.getRepository(EquipmentRecord).update(
      { handoverId: before.id, status: 'HANDED_OVER' },
      {
        status: 'IN_STORE',
        teamUnitId: null,
        handoverId: null,
        holderPath: before.holderPath,
        holderUnitId: before.holderUnitId,
      },
    );
    const event = {
      kind: 'HANDOVER_VOIDED' as const,
      occurredOn: today(),
      fromUnitId: before.recipientUnitId,
      toUnitId: before.holderUnitId,
      documentNo: before.recordNo,
      reason: why,
    };
    await writeEvents(manager, pieces, event, ctx.identity?.username ?? null);
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

/** The recipient's acceptance of the paper record: who signed, on what day, and a link to the signed scan. */
export async function recordAcceptance(ctx: RequestContext, id: string, input: AcceptanceInput) {
  const signer = await requirePerson(ctx, input.signedById, 'signedById');
  checkDay(input.signedOn, 'signedOn', 'A signature date');
  const url = input.scanUrl?.trim() || null;
  if (url && !/^https?:\/\/\S+$/i.test(url))
    throw refuseInput(
      'errors.scanUrlInvalid',
      'The scan link must be a web address that starts with https or http.',
      'scanUrl',
    );
  return ctx.dataSource.transaction(async (manager) => {
    const before = await manager.getRepository(HandoverRecord).findOneBy({ id: Number(id) });
    if (!before) throw notFound('Handover', id);
    assertWithinScope(identityOf(ctx), before.recipientPath, 'handovers to this unit');
    if (input.signedOn < before.handedOverAt) {
      throw refuseInput(
        'errors.signedBeforeHandover',
        `The record cannot be signed before the handover (${before.handedOverAt}).`,
        'signedOn',
        { handedOverAt: before.handedOverAt },
      );
    }
    if (!pathOf(signer.unit).startsWith(before.recipientPath)) {
      throw refuseInput(
        'errors.signerNotRecipient',
        `${signer.fullName} does not belong to the receiving unit; the recipient's representative signs.`,
        'signedById',
        { person: signer.fullName },
      );
    }
    const result = await manager
      .createQueryBuilder()
      .update(HandoverRecord)
      .set({ acceptedById: Number(signer.id), acceptedOn: input.signedOn, acceptanceScanUrl: url })
      .where("id = :id AND status = 'ACTIVE' AND acceptedById IS NULL", { id: before.id })
      .execute();
    if (!result.affected) {
      throw conflict(
        before.status === 'VOIDED'
          ? `The handover ${before.recordNo} is voided.`
          : `The acceptance of ${before.recordNo} is already recorded (${before.acceptedOn}).`,
      );
    }
    const after = await manager.getRepository(HandoverRecord).findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'recordAcceptance',
      entityType: 'Handover',
      entityId: id,
      before,
      after,
    });
    return toHandover(after);
  });
}
