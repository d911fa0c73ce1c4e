import type { RequestContext } from '../context';
import { identityOf } from '../context';
import { unitInfo } from '../gateway-client';
import { encodeUnitPath, scopePrefix } from './scope';

/**
 * The part of a unit's tree a caller may count: the unit's own tree when it lies in the caller's
 * scope, the caller's scope when that lies inside the unit, nothing (null) otherwise.
 */
export function countablePrefix(unitPath: string, callerPrefix: string | null): string | null {
  if (callerPrefix === null || unitPath.startsWith(callerPrefix)) return unitPath;
  if (callerPrefix.startsWith(unitPath)) return callerPrefix;
  return null;
}

/**
 * For the dashboard's `Unit.<x>Summary` fields: the unit path prefix to count under (`LIKE prefix%`),
 * or null when the caller may see nothing of it or the unit does not exist. The unit's path comes
 * from the directory through the gateway (one batched call), so a summary costs its own SQL only.
 */
export async function summaryPrefix(ctx: RequestContext, unitId: string): Promise<string | null> {
  const identity = identityOf(ctx);
  const unit = await unitInfo(ctx, unitId);
  if (!unit) return null;
  return countablePrefix(encodeUnitPath(unit.path), scopePrefix(identity));
}

/** Monday..Sunday of the Vietnam week that holds `day` (YYYY-MM-DD). */
export function weekOf(day: string): { monday: string; sunday: string } {
  const date = new Date(`${day}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7;
  const monday = new Date(date.getTime() - offset * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { monday: monday.toISOString().slice(0, 10), sunday: sunday.toISOString().slice(0, 10) };
}
