import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ok, type TestStack } from '@dx/test-kit';
import pino from 'pino';
import { sendDigests } from '../src/store/email-delivery';
import { mailerFromEnv } from '../src/store/mailer';
import { deliver, envelope, eventually, me, startNotificationsStack } from './support';

interface Received {
  to: string[];
  raw: string;
}

// A real SMTP server, started by the test: nodemailer talks SMTP to it as it would to a relay.
const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});

let stack: TestStack;
let member: string;
let memberPerson: string;
const saved = { url: process.env.DX_SMTP_URL, poll: process.env.DX_MAIL_POLL_MS };

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.env.DX_SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.DX_MAIL_POLL_MS = '200';
  stack = await startNotificationsStack();
  member = await stack.login('member');
  memberPerson = (await me(stack, member)).personId;
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  for (const [key, value] of [
    ['DX_SMTP_URL', saved.url],
    ['DX_MAIL_POLL_MS', saved.poll],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const update =
  'mutation ($i: NotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { version } }';
const version = async () =>
  ok(await stack.query<any>('{ myNotificationPreferences { version } }', {}, member))
    .myNotificationPreferences.version;

test('a notification is mailed once over SMTP to the address in the directory, in the account language, with the link', async () => {
  ok(await stack.query<any>(update, { i: { version: await version(), language: 'en' } }, member));
  const event = envelope('TASK_ASSIGNED', {
    taskId: '77',
    title: 'Digitise one-stop records',
    dueDate: '2026-12-15',
    assigneePersonId: memberPerson,
  });
  await deliver(stack, event);
  await deliver(stack, event);
  const mails = await eventually(
    async () => received.filter((m) => m.raw.includes('Digitise one-stop records')),
    (m) => m.length > 0,
  );
  await new Promise((r) => setTimeout(r, 800)); // a second pass must not send it again
  expect(received.filter((m) => m.raw.includes('Digitise one-stop records'))).toHaveLength(1);
  expect(mails[0].to).toEqual(['son.vn@example.gov.vn']);
  expect(mails[0].raw).toMatch(/Subject: New task: Digitise one-stop records/);
  expect(mails[0].raw).toContain('/tasks/list/77');
});

test('with the daily digest, messages wait for one morning email', async () => {
  ok(await stack.query<any>(update, { i: { version: await version(), dailyDigest: true } }, member));
  const before = received.length;
  for (const title of ['Report A', 'Report B'])
    await deliver(
      stack,
      envelope('TASK_DUE_SOON', {
        taskId: '78',
        title,
        dueDate: '2026-12-03',
        assigneePersonId: memberPerson,
      }),
    );
  await new Promise((r) => setTimeout(r, 800));
  expect(received.length).toBe(before); // nothing one by one
  const mailer = mailerFromEnv();
  const log = pino({ level: 'silent' });
  const ds = stack.services.notifications.dataSource;
  // Two instances running the digest at once still send one email.
  const [a, b] = await Promise.all([
    sendDigests(ds, mailer, 'http://suite', log),
    sendDigests(ds, mailer, 'http://suite', log),
  ]);
  mailer.close();
  expect(a + b).toBe(1);
  const digests = received.slice(before);
  expect(digests).toHaveLength(1);
  expect(digests[0].raw).toMatch(/Subject: Your notifications for/);
  expect(digests[0].raw).toContain('Report A');
  expect(digests[0].raw).toContain('Report B');
});
