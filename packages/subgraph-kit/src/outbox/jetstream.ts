import {
  AckPolicy,
  DeliverPolicy,
  RetentionPolicy,
  StorageType,
  connect,
  nanos,
  type ConsumerMessages,
  type JetStreamManager,
  type NatsConnection,
} from 'nats';
import type { Logger } from 'pino';
import { isEnvelope, streamName, streamSubjects, subjectOf, type EventEnvelope } from './envelope';
import type { EventTransport } from './relay';

/** A durable stream per producing service; made (or found) by whichever side comes first. */
async function ensureStream(jsm: JetStreamManager, prefix: string, service: string): Promise<string> {
  const name = streamName(prefix, service);
  try {
    await jsm.streams.info(name);
  } catch {
    await jsm.streams
      .add({
        name,
        subjects: streamSubjects(prefix, service),
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        max_age: nanos(14 * 24 * 3600 * 1000),
        duplicate_window: nanos(10 * 60 * 1000),
      })
      .catch(async (error) => {
        // Two processes racing to make it: the other one won.
        if (
          !(await jsm.streams.info(name).then(
            () => true,
            () => false,
          ))
        )
          throw error;
      });
  }
  return name;
}

/** Production: publish to JetStream and wait for its ack; `msgID` lets the stream drop a resend. */
export class JetStreamTransport implements EventTransport {
  private connection?: Promise<NatsConnection>;
  private streams = new Set<string>();

  constructor(
    private readonly servers: string,
    private readonly prefix: string,
    private readonly service: string,
  ) {}

  private async nc(): Promise<NatsConnection> {
    this.connection ??= connect({
      servers: this.servers,
      name: `dx-${this.service}-relay`,
      maxReconnectAttempts: -1,
    }).catch((error) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }

  async publish(envelope: EventEnvelope): Promise<void> {
    const nc = await this.nc();
    const stream = streamName(this.prefix, this.service);
    if (!this.streams.has(stream)) {
      await ensureStream(await nc.jetstreamManager(), this.prefix, this.service);
      this.streams.add(stream);
    }
    await nc
      .jetstream()
      .publish(subjectOf(this.prefix, this.service, envelope.type), JSON.stringify(envelope), {
        msgID: envelope.id,
        expect: { streamName: stream },
        timeout: 5000,
      });
  }

  async close(): Promise<void> {
    const nc = await this.connection?.catch(() => undefined);
    this.connection = undefined;
    await nc?.drain().catch(() => undefined);
  }
}

export interface DeliveryInfo {
  /** 1 on the first delivery, more on redeliveries. */
  deliveryCount: number;
}

export interface JetStreamConsumerOptions {
  servers: string;
  prefix: string;
  /** The consuming service: its durable consumer name on every stream. */
  durable: string;
  /** Producing services whose streams it reads. */
  sources: string[];
  /** Idempotent; a throw naks the message and JetStream redelivers it later. */
  handle: (event: EventEnvelope, info: DeliveryInfo) => Promise<void>;
  log: Logger;
  /** Unacknowledged messages come back after this (default 30 s). */
  ackWaitMs?: number;
  retryDelayMs?: number;
}

/** Durable pull consumers with explicit acks: a message is acked only after `handle` committed. */
export async function consumeJetStream(
  options: JetStreamConsumerOptions,
): Promise<{ stop(): Promise<void> }> {
  const nc = await connect({
    servers: options.servers,
    name: `dx-${options.durable}-consumer`,
    maxReconnectAttempts: -1,
  });
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  const loops: Promise<void>[] = [];
  const subscriptions: ConsumerMessages[] = [];
  for (const source of options.sources) {
    const stream = await ensureStream(jsm, options.prefix, source);
    await jsm.consumers.add(stream, {
      durable_name: options.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(options.ackWaitMs ?? 30_000),
      max_deliver: -1,
    });
    const consumer = await js.consumers.get(stream, options.durable);
    const messages = await consumer.consume({ max_messages: 64 });
    subscriptions.push(messages);
    loops.push(
      (async () => {
        for await (const message of messages) {
          let event: unknown;
          try {
            event = message.json();
          } catch {
            event = undefined;
          }
          if (!isEnvelope(event)) {
            options.log.error({ subject: message.subject }, 'not an event envelope; terminated');
            message.term();
            continue;
          }
          try {
            await options.handle(event, { deliveryCount: message.info.deliveryCount });
            message.ack();
          } catch (error) {
            options.log.warn({ err: error, eventId: event.id }, 'event handling failed; will be redelivered');
            message.nak(options.retryDelayMs ?? 2000);
          }
        }
      })(),
    );
  }
  return {
    async stop() {
      for (const s of subscriptions) s.stop();
      await Promise.allSettled(loops);
      await nc.drain().catch(() => undefined);
    },
  };
}
