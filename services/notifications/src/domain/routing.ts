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
  if (typeof payload.link === 'string' && payload.link.startsWith('/')) return payload.link;
  if (kind.startsWith('TASK_') && payload.taskId) return `/tasks/list/${payload.taskId}`;
  if (payload.sessionId) return `/training/sessions/${payload.sessionId}`;
  if (payload.roundId)
    return kind === 'REVIEW_REQUESTED' || kind === 'ROUND_CLOSING'
      ? '/awards/reviews'
      : `/awards/rounds/${payload.roundId}`;
  if (payload.handoverId) return `/donations/handovers/${payload.handoverId}`;
  return null;
}

const VIETNAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as its day and time of day in Vietnam. */
export function vietnamDayAndTime(iso: string): { day: string; time: string } | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(VIETNAM.formatToParts(date).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Producers name things their own way (courseTitle, startsAt); messages use title, day and time. */
function normalise(params: MessageParams): MessageParams {
  const out = { ...params };
  out.title ??=
    params.courseTitle ?? params.roundTitle ?? params.taskTitle ?? params.nomineeName ?? params.name;
  if (!out.day && typeof params.startsAt === 'string') {
    const at = vietnamDayAndTime(params.startsAt);
    if (at) Object.assign(out, at);
  }
  for (const closes of [params.closesOn, params.closesAt])
    if (!out.day && typeof closes === 'string') out.day = closes.slice(0, 10);
  return out;
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
  const personIds = [
    ...new Set([
      ...ids(payload.assigneePersonId),
      ...ids(payload.recipientPersonIds),
      ...ids(payload.personIds),
    ]),
  ];
  const overdueLong =
    type === 'TASK_OVERDUE' &&
    Number(payload.daysOverdue) > SECRETARIAT_AFTER_DAYS_OVERDUE &&
    typeof payload.unitPath === 'string';
  return {
    kind: type,
    params: normalise(params),
    link: linkFor(type, payload),
    personIds,
    secretariatOfUnitPath: overdueLong ? (payload.unitPath as string) : null,
  };
}

/** Does an account whose scope is `scopePath` ('' = everything) hold a role over `unitPath`? */
export const scopeCovers = (scopePath: string, unitPath: string) => unitPath.startsWith(scopePath);
