import { isKind, type NotificationKindName } from './kinds';
import type { MessageParams } from './messages';

/** Who an event is for, before preferences: people (from the event) and, sometimes, a unit's secretariat. */
export interface NotificationPlan {
  kind: NotificationKindName;
  params: MessageParams;
  link: string | null;
  personIds: string[];
  /** Accounts holding SECRETARIAT for this unit path (or above it) hear too. */
  secretariatOfUnitPath: string | null;
}

/** Overdue by more than this many days, a task is also the secretariat's business. */
export const SECRETARIAT_AFTER_DAYS_OVERDUE = 3;

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? value : null);
const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(String).filter((v) => /^\d+$/.test(v))
    : typeof value === 'string' || typeof value === 'number'
      ? [String(value)]
      : [];

/** Links into the desks, as the shell routes them. */
function linkFor(kind: NotificationKindName, payload: Record<string, unknown>): string | null {
  if (kind.startsWith('TASK_') && payload.taskId) return `/tasks/list/${payload.taskId}`;
  if (typeof payload.link === 'string' && payload.link.startsWith('/')) return payload.link;
  return null;
}

/**
 * Reads an event into a plan. The event type is the notification kind; recipients come as person
 * ids (`assigneePersonId`, `recipientPersonIds`). Unknown types give null (acknowledged, ignored).
 */
export function planFor(type: string, payload: Record<string, unknown>): NotificationPlan | null {
  if (!isKind(type)) return null;
  const params: MessageParams = {};
  for (const [key, value] of Object.entries(payload)) {
    const v = text(value);
    if (v !== null) params[key] = v;
  }
  const personIds = [...new Set([...ids(payload.assigneePersonId), ...ids(payload.recipientPersonIds)])];
  const overdueLong =
    type === 'TASK_OVERDUE' &&
    Number(payload.daysOverdue) > SECRETARIAT_AFTER_DAYS_OVERDUE &&
    typeof payload.unitPath === 'string';
  return {
    kind: type,
    params,
    link: linkFor(type, payload),
    personIds,
    secretariatOfUnitPath: overdueLong ? (payload.unitPath as string) : null,
  };
}

/** Does an account whose scope is `scopePath` ('' = everything) hold a role over `unitPath`? */
export const scopeCovers = (scopePath: string, unitPath: string) => unitPath.startsWith(scopePath);
