import { pendingSchemaChanges } from '@dx/subgraph-kit';
import { codes, ok, type TestStack } from '@dx/test-kit';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NOTIFICATIONS, deliver, envelope, eventually, me, startNotificationsStack } from './support';

let stack: TestStack;
let member: string;
let secretariat: string;
let memberPerson: string;

beforeAll(async () => {
  stack = await startNotificationsStack();
  member = await stack.login('member');
  secretariat = await stack.login('secretariat');
  memberPerson = (await me(stack, member)).personId;
  // The member has opened the suite once: the service knows the account and its address.
  ok(await stack.query<any>('{ unreadNotificationCount }', {}, member));
}, 120_000);
afterAll(() => stack?.stop());

const assigned = (title: string, extra: Record<string, unknown> = {}) =>
  envelope('TASK_ASSIGNED', {
    taskId: '41',
    title,
    dueDate: '2026-12-15',
    assigneePersonId: memberPerson,
    unitPath: '/1/2/',
    ...extra,
  });

test('the migrations match the entities', async () => {
  expect(await pendingSchemaChanges(stack.services.notifications.dataSource)).toEqual([]);
});

test('an event becomes one notification for the person, in Vietnamese by default, however often it is delivered', async () => {
  const event = assigned('Số hoá hồ sơ một cửa');
  expect(await deliver(stack, event)).toBe(204);
  expect(await deliver(stack, event)).toBe(204); // the relay resending after a crash
  const data = ok(await stack.query<any>(NOTIFICATIONS, { unread: true }, member));
  expect(data.unreadNotificationCount).toBe(1);
  expect(data.myNotifications.nodes).toEqual([
    expect.objectContaining({
      kind: 'TASK_ASSIGNED',
      title: 'Nhiệm vụ mới: Số hoá hồ sơ một cửa',
      body: 'Bạn được giao nhiệm vụ "Số hoá hồ sơ một cửa", hạn hoàn thành 15/12/2026.',
      link: '/tasks/list/41',
      readAt: null,
    }),
  ]);
  // Nobody else sees it.
  expect(ok(await stack.query<any>(NOTIFICATIONS, {}, secretariat)).myNotifications.totalCount).toBe(0);
});

test('without SMTP, the email is written to the mail folder for a person to read', async () => {
  const folder = process.env.DX_MAIL_DIR!;
  const files = await eventually(
    async () => readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8')),
    (all) => all.some((m) => m.includes('son.vn@example.gov.vn')),
  );
  const mail = files.find((m) => m.includes('son.vn@example.gov.vn'))!;
  expect(mail).toMatch(/^To: son\.vn@example\.gov\.vn/m);
  expect(mail).toContain('/tasks/list/41');
});

test('concurrent deliveries of one event make one notification', async () => {
  const event = assigned('Concurrent');
  const statuses = await Promise.all(Array.from({ length: 8 }, () => deliver(stack, event)));
  expect(statuses.every((s) => s === 204)).toBe(true);
  const titles = ok(await stack.query<any>(NOTIFICATIONS, {}, member)).myNotifications.nodes.map(
    (n: any) => n.title,
  );
  expect(titles.filter((t: string) => t.endsWith('Concurrent'))).toHaveLength(1);
});

test('the language preference changes the text; a stale or wrong edit is refused', async () => {
  const prefs = ok(
    await stack.query<any>(
      '{ myNotificationPreferences { language inApp email dailyDigest mutedKinds emailAddress version } }',
      {},
      member,
    ),
  );
  expect(prefs.myNotificationPreferences).toEqual({
    language: 'vi',
    inApp: true,
    email: true,
    dailyDigest: false,
    mutedKinds: [],
    emailAddress: 'son.vn@example.gov.vn',
    version: 1,
  });
  const update =
    'mutation ($i: NotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { language version } }';
  expect(
    ok(await stack.query<any>(update, { i: { version: 1, language: 'en' } }, member))
      .updateNotificationPreferences,
  ).toEqual({ language: 'en', version: 2 });
  expect(codes(await stack.query<any>(update, { i: { version: 1, language: 'ar' } }, member))).toEqual([
    'CONFLICT',
  ]);
  expect(codes(await stack.query<any>(update, { i: { version: 2, language: 'fr' } }, member))).toEqual([
    'BAD_USER_INPUT',
  ]);
  const nodes = ok(await stack.query<any>(NOTIFICATIONS, {}, member)).myNotifications.nodes;
  expect(nodes.find((n: any) => n.title.includes('một cửa')).body).toBe(
    'You have been assigned "Số hoá hồ sơ một cửa", due 15 Dec 2026.',
  );
  ok(await stack.query<any>(update, { i: { version: 2, language: 'vi' } }, member));
});

test('marking read: only one’s own, counted once; a muted kind is not kept', async () => {
  const nodes = ok(await stack.query<any>(NOTIFICATIONS, { unread: true }, member)).myNotifications.nodes;
  const mark = 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
  expect(codes(await stack.query<any>(mark, { ids: [nodes[0].id] }, secretariat))).toEqual(['NOT_FOUND']);
  expect(ok(await stack.query<any>(mark, { ids: [nodes[0].id] }, member)).markNotificationsRead).toBe(1);
  expect(ok(await stack.query<any>(mark, { ids: [nodes[0].id] }, member)).markNotificationsRead).toBe(0);
  expect(
    ok(await stack.query<any>('mutation { markAllNotificationsRead }', {}, member)).markAllNotificationsRead,
  ).toBe(nodes.length - 1);
  expect(ok(await stack.query<any>(NOTIFICATIONS, {}, member)).unreadNotificationCount).toBe(0);

  const version = ok(await stack.query<any>('{ myNotificationPreferences { version } }', {}, member))
    .myNotificationPreferences.version;
  ok(
    await stack.query<any>(
      'mutation ($i: NotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { version } }',
      { i: { version, mutedKinds: ['TASK_DUE_SOON'] } },
      member,
    ),
  );
  await deliver(
    stack,
    envelope('TASK_DUE_SOON', {
      taskId: '41',
      title: 'Muted',
      dueDate: '2026-12-15',
      assigneePersonId: memberPerson,
    }),
  );
  await deliver(stack, assigned('Not muted'));
  const after = ok(await stack.query<any>(NOTIFICATIONS, { unread: true }, member)).myNotifications.nodes;
  expect(after.map((n: any) => n.title)).toEqual(['Nhiệm vụ mới: Not muted']);
  const audit = ok(
    await stack.query<any>(
      '{ notificationsAuditLog(first: 10) { nodes { action actorUsername } } }',
      {},
      await stack.login('admin'),
    ),
  );
  expect(audit.notificationsAuditLog.nodes.map((n: any) => n.action)).toEqual(
    expect.arrayContaining([
      'markNotificationsRead',
      'markAllNotificationsRead',
      'updateNotificationPreferences',
    ]),
  );
});

test('overdue for more than three days also reaches the secretariat over the unit, once', async () => {
  const scope = (await me(stack, secretariat)).scopeUnitId!;
  const overdue = (days: number) =>
    envelope('TASK_OVERDUE', {
      taskId: '41',
      title: `Late ${days}`,
      dueDate: '2026-11-20',
      daysOverdue: days,
      assigneePersonId: memberPerson,
      unitPath: `/${scope}/999/`,
    });
  await deliver(stack, overdue(3));
  await deliver(stack, overdue(5));
  const seen = ok(await stack.query<any>(NOTIFICATIONS, {}, secretariat)).myNotifications.nodes.map(
    (n: any) => n.title,
  );
  expect(seen).toEqual(['Quá hạn: Late 5']);
  const memberSeen = ok(
    await stack.query<any>(NOTIFICATIONS, { unread: true }, member),
  ).myNotifications.nodes.map((n: any) => n.title);
  expect(memberSeen).toEqual(expect.arrayContaining(['Quá hạn: Late 5', 'Quá hạn: Late 3']));
});

test('the internal endpoint refuses what is not an event, and GraphQL needs a token', async () => {
  const url = stack.services.notifications.url.replace(/\/graphql$/, '/internal/events');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"type":"TASK_ASSIGNED"}',
  });
  expect(response.status).toBe(400);
  expect(codes(await stack.query<any>('{ unreadNotificationCount }'))).toEqual(['UNAUTHENTICATED']);
});
