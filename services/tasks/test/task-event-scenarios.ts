import pino from 'pino';
import { IsNull } from 'typeorm';
import { OutboxEvent, type EventsConfig } from '@dx/subgraph-kit';
import { ok, startStack, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as notifications } from '@dx/service-notifications';
import { definition as tasks } from '@dx/service-tasks';
import { TaskRecord } from '../src/entities/task.entity';
import { taskAssigned } from '../src/store/task-events';
import { writeTaskReminders } from '../src/store/task-reminders';
import { directoryLookups } from './support';

const LIST = '{ myNotifications(first: 100) { nodes { id kind title body link } } }';
const CREATE = 'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id version dueDate } }';
const EXTEND =
  'mutation ($id: ID!, $v: Int!, $d: Date!, $r: String!) { extendTaskDeadline(id: $id, version: $v, dueDate: $d, reason: $r) { id version dueDate } }';

async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * The outbox end to end, tasks → notifications, on a given transport: the same scenarios run on the
 * HTTP default and on NATS JetStream. Days are pinned with DX_TODAY, so nothing depends on today.
 */
export function taskEventScenarios(
  events: () => EventsConfig | undefined,
): () => { stack: TestStack; member: string } {
  let stack: TestStack;
  let secretariat: string;
  let member: string;
  let memberPerson: string;
  let unitId: string;
  let seq = 0;
  const pinned = process.env.DX_TODAY;

  const notes = async (token = member) =>
    ok(await stack.query<any>(LIST, {}, token)).myNotifications.nodes as {
      kind: string;
      title: string;
      body: string;
      link: string;
    }[];
  const create = async (title: string, dueDate: string) =>
    ok(
      await stack.query<any>(
        CREATE,
        {
          i: {
            title: `${title} #${++seq}`,
            assigneeId: memberPerson,
            unitId,
            dueDate,
            expectedResult: 'Báo cáo kết quả gửi Ban Chỉ đạo',
            authority: 'Ban Chỉ đạo chuyển đổi số thành phố',
          },
        },
        secretariat,
      ),
    ).createTask as { id: string; version: number; dueDate: string };

  beforeAll(async () => {
    process.env.DX_TODAY = '2027-03-01';
    stack = await startStack({
      services: [directory, tasks, notifications],
      onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
      events: events(),
    });
    secretariat = await stack.login('secretariat');
    member = await stack.login('member');
    const me = ok(await stack.query<any>('{ me { person { id unit { id } } } }', {}, member)).me;
    memberPerson = me.person.id;
    unitId = me.person.unit.id ?? (await directoryLookups(stack, secretariat).unit('HN-LN'));
    // Both accounts use the bell once, so the service knows who they are.
    ok(await stack.query<any>('{ unreadNotificationCount }', {}, member));
    ok(await stack.query<any>('{ unreadNotificationCount }', {}, secretariat));
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    if (pinned === undefined) delete process.env.DX_TODAY;
    else process.env.DX_TODAY = pinned;
  });

  test('assigning a task tells the assignee, with a link to the task', async () => {
    const task = await create('Số hoá hồ sơ', '2027-03-20');
    const found = await eventually(notes, (n) => n.some((x) => x.link === `/tasks/list/${task.id}`));
    expect(found.filter((x) => x.link === `/tasks/list/${task.id}`)).toEqual([
      expect.objectContaining({ kind: 'TASK_ASSIGNED', title: `Nhiệm vụ mới: Số hoá hồ sơ #${seq}` }),
    ]);
  });

  test('extending a deadline tells the assignee the old and new day', async () => {
    const task = await create('Gia hạn', '2027-03-20');
    ok(
      await stack.query<any>(
        EXTEND,
        { id: task.id, v: task.version, d: '2027-04-15', r: 'Chờ số liệu của các phường' },
        secretariat,
      ),
    );
    const found = await eventually(notes, (n) =>
      n.some((x) => x.kind === 'TASK_DEADLINE_EXTENDED' && x.link === `/tasks/list/${task.id}`),
    );
    expect(
      found.find((x) => x.kind === 'TASK_DEADLINE_EXTENDED' && x.link === `/tasks/list/${task.id}`)!.body,
    ).toContain('từ 20/03/2027 đến 15/04/2027');
  });

  test('an event survives the service dying right after the commit, and is delivered after the restart', async () => {
    // A relay that never runs is what a process killed between the commit and the send leaves behind.
    await stack.restart('tasks', { events: { transport: 'off' } });
    const task = await create('Sau khi khởi động lại', '2027-03-20');
    const waiting = await stack.services.tasks.dataSource
      .getRepository(OutboxEvent)
      .findBy({ publishedAt: IsNull() });
    expect(waiting.map((e) => JSON.parse(e.payload).taskId)).toContain(task.id);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await notes()).some((x) => x.link === `/tasks/list/${task.id}`)).toBe(false);
    await stack.restart('tasks');
    const found = await eventually(notes, (n) => n.some((x) => x.link === `/tasks/list/${task.id}`));
    expect(found.filter((x) => x.link === `/tasks/list/${task.id}`)).toHaveLength(1);
  });

  test('a rolled-back change sends nothing; a redelivered event makes one notification', async () => {
    const ds = stack.services.tasks.dataSource;
    const task = await ds
      .getRepository(TaskRecord)
      .findOneByOrFail({ assigneeId: Number(memberPerson), title: `Số hoá hồ sơ #1` });
    await expect(
      ds.transaction(async (manager) => {
        await taskAssigned(manager, { ...task, title: 'Rolled back' });
        throw new Error('the change failed after its event was written');
      }),
    ).rejects.toThrow('failed');
    const later = await create('Sau khi huỷ', '2027-03-20');
    await eventually(notes, (n) => n.some((x) => x.link === `/tasks/list/${later.id}`));
    expect((await notes()).some((x) => x.title.includes('Rolled back'))).toBe(false);

    // The relay died after sending but before marking it sent: the same event goes out again.
    const sent = await ds.getRepository(OutboxEvent).find({ order: { id: 'DESC' }, take: 1 });
    await ds
      .getRepository(OutboxEvent)
      .update(sent[0].id, { publishedAt: null, availableAt: new Date(Date.now() - 1000) });
    const resent = await eventually(
      () => ds.getRepository(OutboxEvent).findOneByOrFail({ id: sent[0].id }),
      (row) => row.publishedAt !== null,
    );
    expect(resent.attempts).toBe(2);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await notes()).filter((x) => x.link === `/tasks/list/${later.id}`)).toHaveLength(1);
  });

  test('two scheduler instances send one reminder per task and day', async () => {
    const dueTomorrow = await create('Đến hạn ngày mai', '2027-03-02');
    process.env.DX_TASK_REMINDERS_CRON = '* * * * * *'; // every second, so both instances fire now
    const [a, b] = [await stack.startInstance('tasks'), await stack.startInstance('tasks')];
    delete process.env.DX_TASK_REMINDERS_CRON;
    await new Promise((r) => setTimeout(r, 2600));
    await Promise.all([a.stop(), b.stop()]);
    const rows = await stack.services.tasks.dataSource
      .getRepository(OutboxEvent)
      .findBy({ dedupeKey: `task-reminder:${dueTomorrow.id}:2027-03-01` });
    expect(rows).toHaveLength(1);
    const found = await eventually(notes, (n) =>
      n.some((x) => x.kind === 'TASK_DUE_SOON' && x.link === `/tasks/list/${dueTomorrow.id}`),
    );
    expect(
      found.filter((x) => x.kind === 'TASK_DUE_SOON' && x.link === `/tasks/list/${dueTomorrow.id}`),
    ).toHaveLength(1);
    // Running the morning again the same day writes nothing new.
    expect(await writeTaskReminders(stack.services.tasks.dataSource, '2027-03-01')).toBe(0);
  });

  test('overdue for more than three days also reaches the secretariat', async () => {
    const late = await create('Quá hạn lâu', '2027-03-03');
    process.env.DX_TODAY = '2027-03-08';
    try {
      expect(await writeTaskReminders(stack.services.tasks.dataSource)).toBeGreaterThan(0);
    } finally {
      process.env.DX_TODAY = '2027-03-01';
    }
    const isLate = (x: { kind: string; link: string }) =>
      x.kind === 'TASK_OVERDUE' && x.link === `/tasks/list/${late.id}`;
    const memberSees = await eventually(notes, (n) => n.some(isLate));
    expect(memberSees.find(isLate)!.body).toContain('quá hạn 5 ngày');
    const secretariatSees = await eventually(
      () => notes(secretariat),
      (n) => n.some(isLate),
    );
    expect(secretariatSees.filter(isLate)).toHaveLength(1);
  });
  return () => ({ stack, member });
}
