import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { streamName } from '@dx/subgraph-kit';
import { taskEventScenarios } from './task-event-scenarios';

// The real JetStream server (127.0.0.1:4222 here and in CI); a prefix of its own keeps other runs' streams apart.
const servers = process.env.DX_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
const prefix = `dxt${randomBytes(4).toString('hex')}`;

afterAll(async () => {
  const nc = await connect({ servers });
  const jsm = await nc.jetstreamManager();
  for (const source of ['tasks', 'training', 'awards', 'donations']) await jsm.streams.delete(streamName(prefix, source)).catch(() => false);
  await nc.drain();
});

describe('task events on NATS JetStream', () => taskEventScenarios(() => ({ transport: 'nats', servers, prefix })));
