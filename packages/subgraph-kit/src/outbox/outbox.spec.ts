import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { OutboxEvent, ReceivedEvent } from './entities';
import type { EventEnvelope } from './envelope';
import { eventsConfigFromEnv, streamName } from './envelope';
import { HttpEventTransport, eventReceiver } from './http-transport';
import { receiveOnce } from './inbox';
import { OutboxRelay, retryDelayMs } from './relay';
import { writeEvent } from './write-event';

const log = pino({ level: 'silent' });
let db: DataSource;

beforeEach(async () => {
  // A throwaway in-memory database: the services' migrations are tested in their own suites.
  db = new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    entities: [OutboxEvent, ReceivedEvent],
    synchronize: true,
  });
  await db.initialize();
});
afterEach(() => db.destroy());

/** A real HTTP receiver that refuses the first `failures` posts. */
async function receiver(failures = 0) {
  const got: EventEnvelope[] = [];
  let refused = 0;
  const app = express();
  app.post(
    '/internal/events',
    ...eventReceiver(async (event) => {
      if (refused < failures) {
        refused++;
        throw new Error('consumer down');
      }
      got.push(event);
    }),
  );
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/events`;
  return { got, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('writeEvent', () => {
  test('is refused outside a transaction', async () => {
    await expect(writeEvent(db.manager, { type: 'X', payload: {} })).rejects.toThrow(/open transaction/);
  });

  test('a committed change keeps its event; a rolled-back one leaves none', async () => {
    await db.transaction((m) => writeEvent(m, { type: 'KEPT', payload: { a: 1 } }));
    await expect(
      db.transaction(async (m) => {
        await writeEvent(m, { type: 'LOST', payload: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const rows = await db.getRepository(OutboxEvent).find();
    expect(rows.map((r) => r.type)).toEqual(['KEPT']);
    expect(JSON.parse(rows[0].payload)).toEqual({ a: 1 });
  });

  test('a dedupe key is written once', async () => {
    const first = await db.transaction((m) =>
      writeEvent(m, { type: 'R', payload: {}, dedupeKey: 'reminder:1:2026-12-02' }),
    );
    const second = await db.transaction((m) =>
      writeEvent(m, { type: 'R', payload: {}, dedupeKey: 'reminder:1:2026-12-02' }),
    );
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBeNull();
    expect(await db.getRepository(OutboxEvent).count()).toBe(1);
  });
});

describe('OutboxRelay over HTTP', () => {
  test('delivers, marks published, and retries a refused event later', async () => {
    const r = await receiver(1);
    const relay = new OutboxRelay({
      dataSource: db,
      service: 'tasks',
      transport: new HttpEventTransport(r.url),
      log,
    });
    const id = await db.transaction((m) =>
      writeEvent(m, { type: 'TASK_ASSIGNED', payload: { taskId: '7' } }),
    );
    expect(await relay.drain()).toBe(0);
    const pending = await db.getRepository(OutboxEvent).findOneByOrFail({ eventId: id! });
    expect(pending.publishedAt).toBeNull();
    expect(pending.attempts).toBe(1);
    expect(pending.lastError).toMatch(/500/);
    expect(await relay.drain()).toBe(0); // backing off: not due yet
    await db.getRepository(OutboxEvent).update(pending.id, { availableAt: new Date(Date.now() - 1) });
    expect(await relay.drain()).toBe(1);
    expect(r.got).toEqual([
      expect.objectContaining({ id, type: 'TASK_ASSIGNED', source: 'tasks', payload: { taskId: '7' } }),
    ]);
    expect(
      (await db.getRepository(OutboxEvent).findOneByOrFail({ eventId: id! })).publishedAt,
    ).toBeInstanceOf(Date);
    expect(await relay.drain()).toBe(0);
    await relay.stop();
    await r.close();
  });

  test('two relays on one outbox send each event once at a time (the claim is a lease)', async () => {
    const r = await receiver();
    for (let i = 0; i < 20; i++) await db.transaction((m) => writeEvent(m, { type: 'E', payload: { i } }));
    const a = new OutboxRelay({
      dataSource: db,
      service: 's',
      transport: new HttpEventTransport(r.url),
      log,
    });
    const b = new OutboxRelay({
      dataSource: db,
      service: 's',
      transport: new HttpEventTransport(r.url),
      log,
    });
    const [sentA, sentB] = await Promise.all([a.drain(), b.drain()]);
    expect(sentA + sentB).toBe(20);
    expect(new Set(r.got.map((e) => e.id)).size).toBe(20);
    expect(r.got).toHaveLength(20);
    await r.close();
  });

  test('the receiver refuses bodies that are not events', async () => {
    const r = await receiver();
    const response = await fetch(r.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":"x"}',
    });
    expect(response.status).toBe(400);
    await r.close();
  });
});

describe('receiveOnce', () => {
  test('true the first time, false for a redelivery', async () => {
    const event: EventEnvelope = {
      id: '6f1c1c3e-8f7e-4a53-9d0e-2a4b7c1e9f00',
      type: 'T',
      source: 's',
      occurredAt: new Date().toISOString(),
      payload: {},
    };
    expect(await db.transaction((m) => receiveOnce(m, event))).toBe(true);
    expect(await db.transaction((m) => receiveOnce(m, event))).toBe(false);
    expect(await db.getRepository(ReceivedEvent).count()).toBe(1);
  });
});

test('configuration and naming', () => {
  expect(eventsConfigFromEnv({})).toEqual({
    transport: 'http',
    url: 'http://127.0.0.1:4107/internal/events',
    secret: undefined,
  });
  expect(eventsConfigFromEnv({ DX_PORT_OFFSET: '300' })).toMatchObject({
    url: 'http://127.0.0.1:4407/internal/events',
  });
  expect(eventsConfigFromEnv({ DX_EVENTS_URL: 'nats://127.0.0.1:4222' })).toEqual({
    transport: 'nats',
    servers: 'nats://127.0.0.1:4222',
    prefix: 'dx',
  });
  expect(eventsConfigFromEnv({ DX_EVENTS_URL: 'off' })).toEqual({ transport: 'off' });
  expect(streamName('dx', 'tasks')).toBe('DX_TASKS');
  expect([1, 2, 3, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 300000]);
});
