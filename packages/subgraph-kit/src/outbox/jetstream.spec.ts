import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import pino from 'pino';
import type { EventEnvelope } from './envelope';
import { streamName } from './envelope';
import { JetStreamTransport, consumeJetStream } from './jetstream';

// The real server on this machine and in CI; a prefix per run keeps other engineers' streams apart.
const servers = process.env.DX_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
const prefix = `dxt${randomBytes(4).toString('hex')}`;
const log = pino({ level: 'silent' });

afterAll(async () => {
  const nc = await connect({ servers });
  const jsm = await nc.jetstreamManager();
  await jsm.streams.delete(streamName(prefix, 'tasks')).catch(() => undefined);
  await nc.drain();
});

const envelope = (type: string): EventEnvelope => ({
  id: crypto.randomUUID(),
  type,
  source: 'tasks',
  occurredAt: new Date().toISOString(),
  payload: { taskId: '1' },
});

test('a published event reaches a durable consumer; a nak brings it back; a resent id is dropped by the stream', async () => {
  const transport = new JetStreamTransport(servers, prefix, 'tasks');
  const first = envelope('TASK_ASSIGNED');
  await transport.publish(first);
  await transport.publish(first); // the relay resending after a crash: same msgID
  const deliveries: Array<{ id: string; count: number }> = [];
  let done!: () => void;
  const twice = new Promise<void>((resolve) => (done = resolve));
  const consumer = await consumeJetStream({
    servers,
    prefix,
    durable: 'notifications',
    sources: ['tasks'],
    log,
    retryDelayMs: 100,
    handle: async (event, info) => {
      deliveries.push({ id: event.id, count: info.deliveryCount });
      if (info.deliveryCount === 1) throw new Error('crashed before the ack');
      done();
    },
  });
  await twice;
  await consumer.stop();
  await transport.close();
  expect(deliveries).toEqual([
    { id: first.id, count: 1 },
    { id: first.id, count: 2 },
  ]);
});
