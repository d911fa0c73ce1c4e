import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { OutboxEvent } from './entities';
import type { EventEnvelope, EventsConfig } from './envelope';
import { HttpEventTransport } from './http-transport';
import { JetStreamTransport } from './jetstream';

/** Where the relay hands events; `publish` resolves only once the other side has taken it. */
export interface EventTransport {
  publish(envelope: EventEnvelope): Promise<void>;
  close(): Promise<void>;
}

export interface RelayOptions {
  dataSource: DataSource;
  /** This service's subgraph name: the events' `source`. */
  service: string;
  transport: EventTransport;
  log: Logger;
  pollMs?: number;
  batchSize?: number;
  /** How long a claimed row stays invisible to other relays while it is being sent. */
  leaseMs?: number;
}

/** 1 s, 2 s, 4 s … up to 5 minutes between attempts at one event. */
export const retryDelayMs = (attempts: number) => Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));

export const toEnvelope = (row: OutboxEvent, source: string): EventEnvelope => ({
  id: row.eventId,
  type: row.type,
  source,
  occurredAt: new Date(row.occurredAt).toISOString(),
  payload: JSON.parse(row.payload) as Record<string, unknown>,
});

/**
 * Sends committed outbox rows, oldest first, at least once: a row is marked published only after
 * the transport acknowledged it, so a crash between the two sends it again (consumers dedupe by
 * event id). Each row is claimed with a conditional UPDATE (a lease), so several instances of a
 * service share the work without sending a row twice at the same moment.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;

  constructor(private readonly options: RelayOptions) {
    this.pollMs = options.pollMs ?? Number(process.env.DX_OUTBOX_POLL_MS ?? 500);
    this.batchSize = options.batchSize ?? 50;
    this.leaseMs = options.leaseMs ?? 30_000;
  }

  start(): this {
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.drain()
        .then(() => undefined)
        .catch((error) => this.options.log.warn({ err: error }, 'outbox relay pass failed'));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(loop, this.pollMs);
    };
    this.timer = setTimeout(loop, 0);
    return this;
  }

  /** One pass over what is due; returns how many rows were sent. */
  async drain(): Promise<number> {
    const repo = this.options.dataSource.getRepository(OutboxEvent);
    const due = await repo
      .createQueryBuilder('e')
      .where('e.publishedAt IS NULL')
      .andWhere('e.availableAt <= :now', { now: new Date() })
      .orderBy('e.id', 'ASC')
      .limit(this.batchSize)
      .getMany();
    let sent = 0;
    for (const row of due) {
      if (this.stopped) break;
      if (!(await this.claim(row))) continue;
      try {
        await this.options.transport.publish(toEnvelope(row, this.options.service));
      } catch (error) {
        const attempts = row.attempts + 1;
        await repo.update(row.id, {
          availableAt: new Date(Date.now() + retryDelayMs(attempts)),
          lastError: String((error as Error)?.message ?? error).slice(0, 500),
        });
        this.options.log.warn(
          { eventId: row.eventId, type: row.type, attempts, err: error },
          'event not delivered yet',
        );
        continue;
      }
      await repo.update(row.id, { publishedAt: new Date(), lastError: null });
      sent++;
    }
    return sent;
  }

  private async claim(row: OutboxEvent): Promise<boolean> {
    const now = new Date();
    const result = await this.options.dataSource
      .createQueryBuilder()
      .update(OutboxEvent)
      .set({ availableAt: new Date(now.getTime() + this.leaseMs), attempts: () => 'attempts + 1' })
      .where('id = :id AND publishedAt IS NULL AND availableAt <= :now', { id: row.id, now })
      .execute();
    return result.affected === 1;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.options.transport.close();
  }
}

/** Builds the transport DX_EVENTS_URL asks for (null when events are off). */
function transportFor(config: EventsConfig, service: string): EventTransport | null {
  if (config.transport === 'off') return null;
  if (config.transport === 'http') return new HttpEventTransport(config.url, config.secret);
  return new JetStreamTransport(config.servers, config.prefix, service);
}

/** For the kit's server: a relay when the service keeps an outbox and events are not off. */
export async function startOutboxRelay(
  options: Omit<RelayOptions, 'transport'> & { config: EventsConfig },
): Promise<OutboxRelay | null> {
  const keepsOutbox = options.dataSource.entityMetadatas.some((m) => m.target === OutboxEvent);
  if (!keepsOutbox) return null;
  const transport = transportFor(options.config, options.service);
  if (!transport) return null;
  return new OutboxRelay({ ...options, transport }).start();
}
