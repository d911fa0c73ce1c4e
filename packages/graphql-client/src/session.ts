import type { SessionAccountFragment } from './graphql/generated/graphql';

export type SessionAccount = SessionAccountFragment;
export type Role = SessionAccount['roles'][number];

export interface Session {
  token: string;
  /** ISO-8601; the session ends by itself at that moment. */
  expiresAt: string;
  account: SessionAccount;
}

export type SessionEndReason = 'signed-out' | 'expired';

const STORAGE_KEY = 'dx.session';
type Listener = () => void;

let current: Session | null = readStored();
let lastEndReason: SessionEndReason | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
let renewalTimer: ReturnType<typeof setTimeout> | undefined;
/** Set by renewal.ts: asks the gateway for a fresh token (the cookie holds the session). */
export type Renewer = () => Promise<'renewed' | 'refused' | 'unreachable'>;
let renewer: Renewer | undefined;
/** When an unreachable gateway is asked again. */
export const RENEWAL_RETRY_MS = 15_000;
const listeners = new Set<Listener>();

function readStored(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return isExpired(session) ? null : session;
  } catch {
    return null;
  }
}

function isExpired(session: Session, now = Date.now()): boolean {
  return !(Date.parse(session.expiresAt) > now);
}

function notify(): void {
  for (const listener of listeners) listener();
}

function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  if (!current) return;
  // setTimeout overflows past ~24.8 days; tokens live far less, but clamp anyway.
  const delay = Math.min(Date.parse(current.expiresAt) - Date.now(), 2 ** 31 - 1);
  expiryTimer = setTimeout(() => endSession('expired'), Math.max(delay, 0));
  scheduleRenewal(renewalDelay(current));
}

/** A minute before the token lapses (a fifth of its life when it is shorter). */
function renewalDelay(session: Session, now = Date.now()): number {
  const left = Date.parse(session.expiresAt) - now;
  return Math.max(left - Math.min(60_000, left / 5), 0);
}

function scheduleRenewal(delay: number): void {
  clearTimeout(renewalTimer);
  if (!current || !renewer) return;
  const renewing = current;
  renewalTimer = setTimeout(
    () => {
      void renewer?.().then((outcome) => {
        // A refusal ends the session (renewal.ts); an outage is asked again until the token lapses.
        if (outcome === 'unreachable' && current === renewing) scheduleRenewal(RENEWAL_RETRY_MS);
      });
    },
    Math.min(delay, 2 ** 31 - 1),
  );
}

/** Renew tokens with `next` from now on (null: stop renewing). */
export function setRenewer(next: Renewer | null): void {
  renewer = next ?? undefined;
  if (current) scheduleRenewal(renewalDelay(current));
  else clearTimeout(renewalTimer);
}

export function getSession(): Session | null {
  if (current && isExpired(current)) endSession('expired');
  return current;
}

export function startSession(session: Session): void {
  current = session;
  lastEndReason = null;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    /* storage unavailable: the session lasts for this page */
  }
  scheduleExpiry();
  notify();
}

export function endSession(reason: SessionEndReason): void {
  if (!current) return;
  current = null;
  lastEndReason = reason;
  clearTimeout(expiryTimer);
  clearTimeout(renewalTimer);
  try {
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    /* nothing stored */
  }
  notify();
}

/** Why the last session ended, so the sign-in page can say "your session expired". */
export function sessionEndReason(): SessionEndReason | null {
  return lastEndReason;
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

scheduleExpiry();
