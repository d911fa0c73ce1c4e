import { ok, startStackWith, type TestStack } from '@dx/test-kit';
import { definition as training } from '@dx/service-training';
import { writeSessionReminders } from '../src/store/session-reminders';
import { newSession } from './helpers';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStackWith(training, { with: ['notifications'] });
}, 120_000);
afterAll(() => stack?.stop());

test('the day before a session, the people holding a seat are reminded once, however often the job runs', async () => {
  const trainer = await stack.login('trainer');
  const member = await stack.login('member');
  const personId = ok(await stack.query<any>('{ me { person { id } } }', {}, member)).me.person.id;
  const { sessionId } = await newSession(stack, trainer, 10); // starts 2026-12-01 08:00 in Vietnam
  ok(
    await stack.query<any>(
      'mutation ($p: ID!, $s: ID!) { enrol(personId: $p, sessionId: $s) { id } }',
      { p: personId, s: sessionId },
      trainer,
    ),
  );
  const ds = stack.services.training.dataSource;
  expect(await writeSessionReminders(ds, '2026-11-29')).toBe(0); // two days before: nothing
  const runs = await Promise.all([
    writeSessionReminders(ds, '2026-11-30'),
    writeSessionReminders(ds, '2026-11-30'),
  ]);
  expect(runs[0] + runs[1]).toBe(1);
  let reminders: { body: string; link: string }[] = [];
  for (let i = 0; i < 100 && !reminders.length; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const nodes = ok(
      await stack.query<any>('{ myNotifications(first: 50) { nodes { kind body link } } }', {}, member),
    ).myNotifications.nodes;
    reminders = nodes.filter((n: { kind: string }) => n.kind === 'SESSION_REMINDER');
  }
  expect(reminders).toHaveLength(1);
  expect(reminders[0].link).toBe(`/training/sessions/${sessionId}`);
  expect(reminders[0].body).toContain('(01/12/2026, 08:00)');
});
