import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { COMPLETE, CREATE_TASK, REPORT, TASK_FIELDS, directoryLookups, startTasksStack } from './support';

let stack: TestStack;
let secretariat: string;
let member: string;
let ids: Record<string, string>;

const FIELDS = `${TASK_FIELDS} daysLate cancelledOn sector`;
const EXTEND = `mutation ($id: ID!, $v: Int!, $d: Date!, $r: String!) { extendTaskDeadline(id: $id, version: $v, dueDate: $d, reason: $r) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!, $v: Int!, $r: String!) { cancelTask(id: $id, version: $v, reason: $r) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $i: UpdateTaskInput!, $r: String!) { updateTask(id: $id, version: $v, input: $i, reason: $r) { ${FIELDS} assignee { fullName } } }`;
const HISTORY =
  'query ($id: ID!) { task(id: $id) { updates { kind note byUsername changes { field from to } evidenceLinks } } }';

const assignment = (over: Record<string, unknown> = {}) => ({
  title: 'Số hóa hồ sơ một cửa',
  assigneeId: ids.son,
  unitId: ids.tdp20,
  dueDate: '2026-11-30',
  expectedResult: '100% hồ sơ một cửa được số hóa',
  authority: 'Phó Trưởng Ban Chỉ đạo',
  ...over,
});
const create = async (over: Record<string, unknown> = {}) =>
  ok(await stack.query<any>(CREATE_TASK.replace(TASK_FIELDS, FIELDS), { i: assignment(over) }, secretariat))
    .createTask;
const on = (day: string) => (process.env.DX_TODAY = day);

beforeAll(async () => {
  on('2026-11-23');
  stack = await startTasksStack();
  [secretariat, member] = await Promise.all([stack.login('secretariat'), stack.login('member')]);
  const dir = directoryLookups(stack, secretariat);
  ids = {
    hn: await dir.unit('HN'),
    tdp20: await dir.unit('HN-LN-TDP20'),
    tdp21: await dir.unit('HN-LN-TDP21'),
    cn: await dir.unit('HN-CN'),
    son: await dir.person('Vũ Ngọc Sơn'),
    vinh: await dir.person('Ngô Quang Vinh'),
  };
});
afterAll(() => stack?.stop());

describe(`the whole life of a task (${dialectUnderTest})`, () => {
  test('a due date before today is refused on create, update and extension, with a message key', async () => {
    const past = await stack.query(CREATE_TASK, { i: assignment({ dueDate: '2026-11-22' }) }, secretariat);
    expect(past.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueDate',
      messageKey: 'errors.dueDateInPast',
      params: { dueDate: '2026-11-22', today: '2026-11-23' },
    });
    const task = await create({ dueDate: '2026-11-23' });
    expect(task).toMatchObject({ dueDate: '2026-11-23', overdue: false, daysLate: null });
    const update = await stack.query(
      UPDATE,
      { id: task.id, v: 1, i: { dueDate: '2026-11-01' }, r: 'Đổi hạn' },
      secretariat,
    );
    expect(update.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.dueDateInPast',
    });
    const back = await stack.query(EXTEND, { id: task.id, v: 1, d: '2026-11-20', r: 'Lùi' }, secretariat);
    expect(back.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.extensionNotLater',
    });
  });

  test('progress outside 0–100 is refused with a message key, not clamped', async () => {
    const task = await create({ dueDate: '2026-11-30' });
    for (const progress of [101, -5]) {
      const refused = await stack.query(REPORT, { id: task.id, p: progress, n: 'Báo cáo', v: 1 }, member);
      expect(refused.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'progress',
        messageKey: 'errors.progressRange',
        params: { progress, min: 0, max: 100 },
      });
    }
    const after = ok(
      await stack.query<any>(
        `query ($id: ID!) { task(id: $id) { progress version } }`,
        { id: task.id },
        member,
      ),
    );
    expect(after.task).toEqual({ progress: 0, version: 1 });
  });

  test('edit and reassign keep the reason and each change in the history; a stale version gets CONFLICT', async () => {
    const task = await create();
    const noReason = await stack.query(
      UPDATE,
      { id: task.id, v: 1, i: { title: 'Mới' }, r: ' ' },
      secretariat,
    );
    expect(noReason.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      messageKey: 'errors.reasonRequired',
    });
    const moved = ok(
      await stack.query<any>(
        UPDATE,
        { id: task.id, v: 1, i: { assigneeId: ids.vinh, unitId: ids.tdp21 }, r: 'Ông Sơn đi học dài hạn' },
        secretariat,
      ),
    ).updateTask;
    expect(moved).toMatchObject({ version: 2, assignee: { fullName: 'Ngô Quang Vinh' } });
    expect(
      codes(await stack.query(UPDATE, { id: task.id, v: 1, i: { title: 'Cũ' }, r: 'x' }, secretariat)),
    ).toEqual(['CONFLICT']);
    const history = ok(await stack.query<any>(HISTORY, { id: task.id }, secretariat)).task.updates;
    expect(history).toEqual([
      {
        kind: 'REASSIGNED',
        note: 'Ông Sơn đi học dài hạn',
        byUsername: 'secretariat',
        changes: [
          { field: 'assigneeId', from: ids.son, to: ids.vinh },
          { field: 'unitId', from: ids.tdp20, to: ids.tdp21 },
        ],
        evidenceLinks: [],
      },
    ]);
  });

  test('an extension moves the deadline later with the reason; of two at one version one wins', async () => {
    const task = await create();
    const noReason = await stack.query(EXTEND, { id: task.id, v: 1, d: '2026-12-15', r: '' }, secretariat);
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const results = await Promise.all(
      ['2026-12-10', '2026-12-20'].map((d) =>
        stack.query<any>(EXTEND, { id: task.id, v: 1, d, r: 'Chờ kinh phí' }, secretariat),
      ),
    );
    expect(results.map((r) => (r.errors ? r.errors[0].extensions!.code : 'OK')).sort()).toEqual([
      'CONFLICT',
      'OK',
    ]);
    const kept = results.find((r) => !r.errors)!.data.extendTaskDeadline;
    expect(kept.version).toBe(2);
    const history = ok(await stack.query<any>(HISTORY, { id: task.id }, secretariat)).task.updates;
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'EXTENDED',
        note: 'Chờ kinh phí',
        changes: [{ field: 'dueDate', from: '2026-11-30', to: kept.dueDate }],
      }),
    ]);
    expect(codes(await stack.query(EXTEND, { id: task.id, v: 2, d: '2027-01-05', r: 'x' }, member))).toEqual([
      'FORBIDDEN',
    ]);
  });

  test('completion takes a final note and evidence; done late shows the days; the secretariat sends it back with a reason', async () => {
    const task = await create({ dueDate: '2026-11-25' });
    on('2026-11-28');
    expect(
      ok(
        await stack.query<any>(
          'query ($id: ID!) { task(id: $id) { overdue daysLate } }',
          { id: task.id },
          member,
        ),
      ).task,
    ).toEqual({ overdue: true, daysLate: 3 });
    const done = ok(
      await stack.query<any>(
        `mutation ($id: ID!, $v: Int!) { completeTask(id: $id, version: $v, note: "Đã số hóa 1.240 hồ sơ", evidenceLinks: ["https://linhnam.hanoi.gov.vn/bao-cao.pdf"]) { ${FIELDS} } }`,
        { id: task.id, v: 1 },
        member,
      ),
    ).completeTask;
    expect(done).toMatchObject({ status: 'DONE', completedOn: '2026-11-28', daysLate: 3 });
    expect(codes(await stack.query(CANCEL, { id: task.id, v: 2, r: 'Thôi' }, secretariat))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const sentBack = await stack.query<any>(
      'mutation ($id: ID!) { reopenTask(id: $id, version: 2, reason: "") { status } }',
      { id: task.id },
      secretariat,
    );
    expect(sentBack.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.reasonRequired',
    });
    ok(
      await stack.query(
        'mutation ($id: ID!) { reopenTask(id: $id, version: 2, reason: "Thiếu biên bản nghiệm thu") { status } }',
        { id: task.id },
        secretariat,
      ),
    );
    const history = ok(await stack.query<any>(HISTORY, { id: task.id }, secretariat)).task.updates;
    expect(history.map((u: any) => [u.kind, u.note, u.evidenceLinks])).toEqual([
      ['COMPLETED', 'Đã số hóa 1.240 hồ sơ', ['https://linhnam.hanoi.gov.vn/bao-cao.pdf']],
      ['REOPENED', 'Thiếu biên bản nghiệm thu', []],
    ]);
    on('2026-11-23');
  });

  test('sub-tasks and the program are set on create; a cancelled task takes nothing more and leaves the roll-up', async () => {
    const parent = await create({ title: 'Chuyển đổi số tổ dân phố 20' });
    const a = await create({ parentId: parent.id, title: 'Lắp wifi nhà văn hóa' });
    const b = await create({ parentId: parent.id, title: 'Tập huấn VNeID' });
    ok(
      await stack.query(
        `mutation ($id: ID!) { reportTaskProgress(id: $id, progress: 60, note: "Đã lắp 3/5 điểm", version: 1) { id } }`,
        { id: a.id },
        member,
      ),
    );
    const cancelled = ok(
      await stack.query<any>(CANCEL, { id: b.id, v: 1, r: 'Đã có chương trình của phường' }, secretariat),
    ).cancelTask;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      cancelledOn: '2026-11-23',
      overdue: false,
      daysLate: null,
    });
    const seen = ok(
      await stack.query<any>(
        'query ($id: ID!) { task(id: $id) { progress children { title status } } }',
        { id: parent.id },
        secretariat,
      ),
    ).task;
    expect(seen.progress).toBe(60);
    expect(seen.children.map((c: any) => c.status)).toEqual(['IN_PROGRESS', 'CANCELLED']);
    const again = await stack.query(
      `mutation ($id: ID!) { reportTaskProgress(id: $id, progress: 10, note: "x", version: 2) { id } }`,
      { id: b.id },
      member,
    );
    expect(again.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.taskCancelled',
    });
    const parentCancel = await stack.query(CANCEL, { id: parent.id, v: 3, r: 'Thôi' }, secretariat);
    expect(parentCancel.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.cancelOpenSubtasks',
    });
  });

  test("myTasks: the caller's own person, overdue first, then due this week, then the rest", async () => {
    on('2026-11-01');
    const late = await create({ title: 'Của tôi: quá hạn', dueDate: '2026-11-10', unitId: ids.cn });
    on('2026-11-23');
    const later = await create({ title: 'Của tôi: tháng sau', dueDate: '2026-12-20' });
    const week = await create({ title: 'Của tôi: tuần này', dueDate: '2026-11-27' });
    const other = await create({ title: 'Của người khác', assigneeId: ids.vinh, dueDate: '2026-11-24' });
    const mine = ok(
      await stack.query<any>('{ myTasks(first: 100) { totalCount nodes { id title overdue } } }', {}, member),
    ).myTasks;
    const order = mine.nodes.map((t: any) => t.id);
    expect(order).not.toContain(other.id);
    expect(order.indexOf(late.id)).toBeLessThan(order.indexOf(week.id));
    expect(order.indexOf(week.id)).toBeLessThan(order.indexOf(later.id));
    expect(mine.nodes.filter((t: any) => t.overdue).every((t: any, i: number) => mine.nodes[i].overdue)).toBe(
      true,
    );
    // the member's scope is Lĩnh Nam, but a task of Cửa Nam assigned to them is theirs to see and report on
    ok(
      await stack.query(
        `mutation ($id: ID!) { reportTaskProgress(id: $id, progress: 20, note: "Bắt đầu", version: 1) { id } }`,
        { id: late.id },
        member,
      ),
    );
    const paged = ok(
      await stack.query<any>(
        '{ myTasks(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }',
        {},
        member,
      ),
    ).myTasks;
    const next = ok(
      await stack.query<any>(
        'query ($a: String) { myTasks(first: 100, after: $a) { nodes { id } } }',
        { a: paged.pageInfo.endCursor },
        member,
      ),
    ).myTasks;
    expect([...paged.nodes, ...next.nodes].map((t: any) => t.id)).toEqual(order);
  });

  test('saved views are kept per account on the server', async () => {
    const SAVE =
      'mutation ($n: String!, $f: TaskFilter!) { saveTaskView(name: $n, filter: $f, orderBy: DUE_DATE_ASC) { id name filter { overdue dueThisWeek } } }';
    const view = ok(
      await stack.query<any>(SAVE, { n: 'Quá hạn ở các phường của tôi', f: { overdue: true } }, secretariat),
    ).saveTaskView;
    expect(view.filter).toEqual({ overdue: true, dueThisWeek: null });
    ok(await stack.query(SAVE, { n: 'Đến hạn tuần này', f: { dueThisWeek: true } }, secretariat));
    expect(
      codes(await stack.query(SAVE, { n: 'Đến hạn tuần này', f: { dueThisWeek: true } }, secretariat)),
    ).toEqual(['CONFLICT']);
    const mine = ok(
      await stack.query<any>('{ mySavedTaskViews { name } }', {}, secretariat),
    ).mySavedTaskViews;
    expect(mine.map((v: any) => v.name)).toEqual(['Đến hạn tuần này', 'Quá hạn ở các phường của tôi']);
    expect(ok(await stack.query<any>('{ mySavedTaskViews { name } }', {}, member)).mySavedTaskViews).toEqual(
      [],
    );
    expect(
      codes(await stack.query('mutation ($id: ID!) { deleteTaskView(id: $id) }', { id: view.id }, member)),
    ).toEqual(['NOT_FOUND']);
    const week = ok(
      await stack.query<any>(
        '{ tasks(filter: { dueThisWeek: true }, first: 100) { nodes { dueDate status } } }',
        {},
        secretariat,
      ),
    ).tasks.nodes;
    expect(week.length).toBeGreaterThan(0);
    expect(
      week.every(
        (t: any) =>
          t.dueDate >= '2026-11-23' &&
          t.dueDate <= '2026-11-29' &&
          ['NOT_STARTED', 'IN_PROGRESS'].includes(t.status),
      ),
    ).toBe(true);
  });
});

describe(`the scorecard that means something (${dialectUnderTest})`, () => {
  const SCORECARD =
    'query ($m: String!) { unitScorecard(month: $m) { unit { id } assigned doneOnTime doneLate overdue lateDays overdueDays score rank } }';

  test('December: cancelled tasks out, sub-tasks counted instead of their parent, days shown, nothing settled is no score', async () => {
    on('2026-12-01');
    const parent = await create({ title: 'Cha tháng 12', unitId: ids.cn, dueDate: '2026-12-20' });
    const child = await create({
      title: 'Con tháng 12',
      parentId: parent.id,
      unitId: ids.tdp21,
      dueDate: '2026-12-05',
    });
    const cancelled = await create({ title: 'Hủy tháng 12', unitId: ids.tdp21, dueDate: '2026-12-03' });
    const late = await create({ title: 'Trễ tháng 12', unitId: ids.tdp20, dueDate: '2026-12-02' });
    const open = await create({ title: 'Chưa đến hạn', unitId: ids.hn, dueDate: '2026-12-30' });
    ok(await stack.query(CANCEL, { id: cancelled.id, v: 1, r: 'Trùng nhiệm vụ khác' }, secretariat));
    on('2026-12-06');
    ok(await stack.query(COMPLETE, { id: late.id, v: 1 }, secretariat));
    on('2026-12-10');
    const lines = ok(await stack.query<any>(SCORECARD, { m: '2026-12' }, secretariat)).unitScorecard;
    const line = (unitId: string) => lines.find((l: any) => l.unit.id === unitId);
    // the child (Tổ 21) is counted, its parent (Cửa Nam) is not; the cancelled one is nowhere
    expect(line(ids.tdp21)).toMatchObject({ assigned: 1, overdue: 1, overdueDays: 5, score: 0 });
    expect(line(ids.tdp20)).toMatchObject({ doneLate: 1, lateDays: 4 }); // Tổ 20 also has the earlier tests' December tasks
    expect(line(ids.hn)).toMatchObject({ assigned: 1, score: null, rank: null });
    expect(line(ids.cn)).toMatchObject({ assigned: 0, score: null, rank: null });
    expect(lines[lines.length - 1].score).toBeNull();
    expect(child.id).toBeTruthy();
    expect(open.id).toBeTruthy();
    on('2026-11-23');
  });
});
