import {
  assertWithinScope,
  badInput,
  DomainError,
  identityOf,
  requireUnit,
  scopePrefix,
  unitInfo,
  type RequestContext,
  type UnitInfo,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { ItemCategoryName } from '../domain/categories';
import { chooseHolder } from '../domain/stock';
import { holderCandidates, type Holder } from './stock-store';

export const CENTRAL_STORE: Holder = { unitId: null, path: '/' };

export const pathOf = (unit: UnitInfo) => `/${unit.path.join('/')}/`;

export interface NamedHolder extends Holder {
  name: () => Promise<string>;
}

const named = (ctx: RequestContext, holder: Holder, known?: string): NamedHolder => ({
  ...holder,
  name: async () =>
    known ??
    (holder.unitId === null
      ? 'the central store'
      : ((await unitInfo(ctx, String(holder.unitId)))?.name ?? `unit ${holder.unitId}`)),
});

/** Where a donation goes: the unit asked for, else the caller's own scope unit, else the central store. */
export async function donationHolder(
  ctx: RequestContext,
  unitId: string | null | undefined,
): Promise<Holder> {
  const identity = identityOf(ctx);
  const id = unitId ?? identity.scopeUnitId;
  if (!id) return CENTRAL_STORE;
  const unit = await requireUnit(ctx, id, 'unitId');
  assertWithinScope(identity, pathOf(unit), 'stores');
  return { unitId: Number(unit.id), path: pathOf(unit) };
}

/**
 * The store a handover to `recipient` takes from: the one the desk named (which must be at or above
 * the recipient), else the nearest one above the recipient that keeps the items.
 */
export async function handoverHolder(
  manager: EntityManager,
  ctx: RequestContext,
  recipient: UnitInfo,
  categories: ItemCategoryName[],
  fromUnitId: string | null | undefined,
): Promise<NamedHolder> {
  const identity = identityOf(ctx);
  const recipientPath = pathOf(recipient);
  if (fromUnitId) {
    const from = await requireUnit(ctx, fromUnitId, 'fromUnitId');
    const path = pathOf(from);
    assertWithinScope(identity, path, 'stores');
    if (!recipientPath.startsWith(path)) {
      throw badInput(
        `${from.name} can only hand over to itself and the units below it, not to ${recipient.name}.`,
        'fromUnitId',
      );
    }
    return named(ctx, { unitId: Number(from.id), path }, from.name);
  }
  const candidates = await holderCandidates(manager, recipientPath, categories, scopePrefix(identity));
  const chosen = chooseHolder(candidates, categories);
  if (chosen === null) {
    throw new DomainError(
      'OUT_OF_STOCK',
      `No store above ${recipient.name} keeps ${categories.join(', ')}. Record a donation first.`,
      {
        shortages: categories.map((category) => ({ category, available: 0 })),
      },
    );
  }
  return named(ctx, { unitId: candidates.find((c) => c.path === chosen)!.unitId, path: chosen });
}
