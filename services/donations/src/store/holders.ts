import {
  assertWithinScope,
  identityOf,
  requireUnit,
  unitInfo,
  type RequestContext,
  type UnitInfo,
} from '@dx/subgraph-kit';
import type { Holder } from './stock-store';
import { refuseInput } from './refusals';

export const CENTRAL_STORE: Holder = { unitId: null, path: '/' };

export const pathOf = (unit: UnitInfo) => `/${unit.path.join('/')}/`;

export interface NamedHolder extends Holder {
  name: () => Promise<string>;
}

/** A store's name for messages: its unit's, or "the central store". */
export async function holderName(ctx: RequestContext, unitId: number | null): Promise<string> {
  if (unitId === null) return 'the central store';
  return (await unitInfo(ctx, String(unitId)))?.name ?? `unit ${unitId}`;
}

const named = (ctx: RequestContext, holder: Holder, known?: string): NamedHolder => ({
  ...holder,
  name: async () => known ?? (await holderName(ctx, holder.unitId)),
});

/** A store the caller names: the unit must exist and be in the caller's scope. */
export async function storeOf(
  ctx: RequestContext,
  unitId: string | null | undefined,
  field: string,
): Promise<NamedHolder> {
  const identity = identityOf(ctx);
  const id = unitId ?? identity.scopeUnitId;
  if (!id) return named(ctx, CENTRAL_STORE, 'the central store');
  const unit = await requireUnit(ctx, id, field);
  assertWithinScope(identity, pathOf(unit), 'stores');
  return named(ctx, { unitId: Number(unit.id), path: pathOf(unit) }, unit.name);
}

/** Where a donation goes: the unit asked for, else the caller's own scope unit, else the central store. */
export const donationHolder = (ctx: RequestContext, unitId: string | null | undefined) =>
  storeOf(ctx, unitId, 'unitId');

/**
 * The store a handover to `recipient` leaves: the one the desk chose (`fromUnitId`), else the
 * caller's own. It must be at or above the recipient: a ward's store serves the ward's teams.
 */
export async function handoverHolder(
  ctx: RequestContext,
  recipient: UnitInfo,
  fromUnitId: string | null | undefined,
): Promise<NamedHolder> {
  const holder = await storeOf(ctx, fromUnitId, 'fromUnitId');
  if (!pathOf(recipient).startsWith(holder.path)) {
    const from = await holder.name();
    throw refuseInput(
      'errors.storeNotAbove',
      `${from} can only hand over to itself and the units below it, not to ${recipient.name}.`,
      'fromUnitId',
      { store: from, recipient: recipient.name },
    );
  }
  return holder;
}
