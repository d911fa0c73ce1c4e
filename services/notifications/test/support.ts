import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { ok, startStack, type StackOptions, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as notifications } from '@dx/service-notifications';
import type { EventEnvelope } from '@dx/subgraph-kit';

// Mail written by the default transport goes to a scratch folder, never the checkout's .data/.
process.env.DX_MAIL_DIR ??= mkdtempSync(join(tmpdir(), 'dx-mail-'));

export function startNotificationsStack(
  extra: Partial<StackOptions> = {},
  more: StackOptions['services'] = [],
): Promise<TestStack> {
  return startStack({
    services: [directory, notifications, ...more],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
    ...extra,
  });
}

export const NOTIFICATIONS = `query ($unread: Boolean) {
  unreadNotificationCount
  myNotifications(unreadOnly: $unread, first: 50) { totalCount nodes { id kind title body link readAt createdAt } }
}`;

export async function me(
  stack: TestStack,
  token: string,
): Promise<{ accountId: string; personId: string; scopeUnitId: string | null }> {
  const data = ok(await stack.query<any>('{ me { id person { id } scopeUnit { id } } }', {}, token));
  return { accountId: data.me.id, personId: data.me.person.id, scopeUnitId: data.me.scopeUnit?.id ?? null };
}

export const envelope = (
  type: string,
  payload: Record<string, unknown>,
  source = 'tasks',
): EventEnvelope => ({
  id: randomUUID(),
  type,
  source,
  occurredAt: new Date().toISOString(),
  payload,
});

/** What a producer's relay does on the default transport. */
export async function deliver(stack: TestStack, event: EventEnvelope): Promise<number> {
  const url = stack.services.notifications.url.replace(/\/graphql$/, '/internal/events');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  return response.status;
}

export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
}
