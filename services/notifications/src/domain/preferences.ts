import type { NotificationKindName } from './kinds';

export interface Preferences {
  inApp: boolean;
  email: boolean;
  dailyDigest: boolean;
  mutedKinds: NotificationKindName[];
}

export const DEFAULT_PREFERENCES: Preferences = {
  inApp: true,
  email: true,
  dailyDigest: false,
  mutedKinds: [],
};

export type EmailState = 'pending' | 'digest' | null;

export interface Delivery {
  /** Keep the notification at all (false: the kind is muted, or neither channel is on). */
  keep: boolean;
  inApp: boolean;
  email: EmailState;
}

/** How one recipient receives one kind: in the bell, by email now, by email in the morning digest, or not. */
export function deliveryFor(kind: NotificationKindName, prefs: Preferences, hasAddress: boolean): Delivery {
  if (prefs.mutedKinds.includes(kind)) return { keep: false, inApp: false, email: null };
  const email: EmailState = prefs.email && hasAddress ? (prefs.dailyDigest ? 'digest' : 'pending') : null;
  if (!prefs.inApp && !email) return { keep: false, inApp: false, email: null };
  return { keep: true, inApp: prefs.inApp, email };
}
