/** The contract's NotificationKind: what a notification is about. */
export const NOTIFICATION_KINDS = [
  'TASK_ASSIGNED',
  'TASK_DUE_SOON',
  'TASK_OVERDUE',
  'TASK_DEADLINE_EXTENDED',
  'SESSION_REMINDER',
  'SESSION_CHANGED',
  'SEAT_OFFERED',
  'REVIEW_REQUESTED',
  'ROUND_CLOSING',
  'HANDOVER_RECORDED',
  'NOMINATION_RETURNED',
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

export const LANGUAGES = ['vi', 'en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

export const isKind = (value: string): value is NotificationKindName =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value);
export const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);
