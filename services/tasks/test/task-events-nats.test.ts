import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { OutboxEvent, streamName, subjectOf, toEnvelope } from '@dx/subgraph-kit';
import { ok } from '@dx/test-kit';
import { taskEventScenarios } from './task-event-scenarios';

// The real JetStream server (127.0.0.1:4222 here and in CI); a prefix of its own keeps other runs' streams apart.
const servers = process.env.DX_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
const prefix = `dxt${randomBytes(4).toString('hex')}`;

afterAll(async () => {
  const nc = await connect({ servers });
  const jsm = await nc.jetstreamManager();
  for (const source of ['tasks', 'training', 'awards', 'donations'])
    await jsm.streams.delete(streamName(prefix, source)).catch(() => false);
  await nc.drain();
});

describe('task events on NATS JetStream', () => {
  const current = taskEventScenarios(() => ({ transport: 'nats', servers, prefix }));

  test('an event that reaches the consumer twice (its ack was lost) makes one notification', async () => {
    const { stack, member } = current();
    const [row] = await stack.services.tasks.dataSource
      .getRepository(OutboxEvent)
      .find({ where: { type: 'TASK_ASSIGNED' }, order: { id: 'ASC' }, take: 1 });
    const event = toEnvelope(row, 'tasks');
    const count = async () =>
      ok(
        await stack.query<any>('{ myNotifications(first: 100) { nodes { link } } }', {}, member),
      ).myNotifications.nodes.filter(
        (n: { link: string }) => n.link === `/tasks/list/${event.payload.taskId}`,
      ).length;
    expect(await count()).toBe(1);
    const nc = await connect({ servers });
    const js = nc.jetstream();
    const jsm = await nc.jetstreamManager();
    const stream = streamName(prefix, 'tasks');
    const before = (await jsm.consumers.info(stream, 'notifications')).delivered.stream_seq;
    // A different message id gets past the stream's duplicate window, as a redelivery would.
    await js.publish(subjectOf(prefix, 'tasks', event.type), JSON.stringify(event), {
      msgID: `${event.id}-again`,
    });
    for (let i = 0; i < 100; i++) {
      const info = await jsm.consumers.info(stream, 'notifications');
      if (info.delivered.stream_seq > before && info.num_ack_pending === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const info = await jsm.consumers.info(stream, 'notifications');
    expect(info.delivered.stream_seq).toBeGreaterThan(before);
    expect(info.num_ack_pending).toBe(0);
    expect(await count()).toBe(1);
    await nc.drain();
  });
});
