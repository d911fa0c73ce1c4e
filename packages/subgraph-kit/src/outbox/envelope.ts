import { SERVICES } from '@dx/suite-manifest';

/** What travels: the same JSON on NATS JetStream and over the HTTP default. */
export interface EventEnvelope<P = Record<string, unknown>> {
  /** UUID, unique across the suite; the idempotency key of every consumer. */
  id: string;
  type: string;
  /** The service that wrote it (its subgraph name). */
  source: string;
  /** ISO-8601 UTC. */
  occurredAt: string;
  payload: P;
}

/** How events travel, chosen per process by DX_EVENTS_URL (see `eventsConfigFromEnv`). */
export type EventsConfig =
  | { transport: 'off' }
  | { transport: 'http'; url: string | (() => string); secret?: string }
  | { transport: 'nats'; servers: string; prefix: string };

/** JetStream naming: one stream per producing service, subjects `<prefix>.<service>.<TYPE>`. */
export const streamName = (prefix: string, service: string) =>
  `${prefix}_${service}`.replace(/[^A-Za-z0-9_-]/g, '_').toUpperCase();
export const subjectOf = (prefix: string, service: string, type: string) => `${prefix}.${service}.${type}`;
export const streamSubjects = (prefix: string, service: string) => [`${prefix}.${service}.>`];

export function isEnvelope(value: unknown): value is EventEnvelope {
  const v = value as EventEnvelope;
  return (
    !!v &&
    typeof v.id === 'string' &&
    /^[0-9a-f-]{36}$/i.test(v.id) &&
    typeof v.type === 'string' &&
    typeof v.source === 'string' &&
    typeof v.occurredAt === 'string' &&
    typeof v.payload === 'object' &&
    v.payload !== null
  );
}

/**
 * DX_EVENTS_URL: `nats://host:4222` (production: JetStream), `http://…/internal/events` (the
 * one-machine default: POST to the notifications service), or `off`. Unset means the default on
 * this machine: the notifications service's port (the suite manifest's, moved by DX_PORT_OFFSET).
 */
const NOTIFICATIONS_PORT = SERVICES.find((s) => s.name === 'notifications')?.port ?? 0;

export function eventsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EventsConfig {
  const url = env.DX_EVENTS_URL?.trim();
  if (url === 'off') return { transport: 'off' };
  if (url?.startsWith('nats://') || url?.startsWith('tls://'))
    return { transport: 'nats', servers: url, prefix: env.DX_EVENTS_PREFIX ?? 'dx' };
  const port = NOTIFICATIONS_PORT + Number(env.DX_PORT_OFFSET ?? 0);
  return {
    transport: 'http',
    url: url || `http://127.0.0.1:${port}/internal/events`,
    secret: env.DX_EVENTS_SECRET || undefined,
  };
}
