import { pendingSchemaChanges } from '@dx/subgraph-kit';
import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import {
  COMPLETE,
  CREATE_TASK,
  REPORT,
  TASK_FIELDS,
  countQueries,
  directoryLookups,
  startTasksStack,
} from './support';

let stack: TestStack;
let secretariat: string;
let member: string;
let viewer: string;
let admin: string;
let ids: Record<string, string>;

const assignment = (over: Record<string, unknown> = {}) => ({
  title: 'Triển khai hệ thống họp không giấy',
  assigneeId: ids.son,
  unitId: ids.linhNam,
  dueDate: '2026-12-15',
  expectedResult: '100% cuộc họp của phường dùng hệ thống họp không giấy',
  authority: 'Trưởng Ban Chỉ đạo thành phố',
  sourceDocument: 'Thông báo 12-TB/BCĐ',
  ...over,
});
const create = async (over: Record<string, unknown> = {}, token = secretariat) =>
  ok(await stack.query<any>(CREATE_TASK, { i: assignment(over) }, token)).createTask;

beforeAll(async () => {
  process.env.DX_TODAY = '2026-11-23';
  stack = await startTasksStack();
  [secretariat, member, viewer, admin] = await Promise.all(
    ['secretariat', 'member', 'viewer', 'admin'].map((u) => stack.login(u)),
  );
  const dir = directoryLookups(stack, admin);
  ids = {
    hn: await dir.unit('HN'),
    linhNam: await dir.unit('HN-LN'),
    cuaNam: await dir.unit('HN-CN'),
    tdp20: await dir.unit('HN-LN-TDP20'),
    son: await dir.person('Vũ Ngọc Sơn'),
    duc: await dir.person('Phạm Minh Đức'),
    vinh: await dir.person('Ngô Quang Vinh'),
  };
});
afterAll(() => stack?.stop());

describe(`tasks through the gateway (${dialectUnderTest})`, () => {
  test('the migrations describe exactly what the entities need', async () => {
    expect(await pendingSchemaChanges(stack.services.tasks.dataSource)).toEqual([]);
  });

  test('the secretariat sets up a committee with members, documents and a work program', async () => {
    const committee = ok(
      await stack.query<any>(
        'mutation ($u: ID!) { createCommittee(input: { name: "Ban Chỉ đạo thành phố", unitId: $u }) { id } }',
        { u: ids.hn },
        secretariat,
      ),
    ).createCommittee;
    const add = (personId: string, role: string) =>
      stack.query<any>(
        'mutation ($c: ID!, $p: ID!, $r: String!) { addCommitteeMember(committeeId: $c, personId: $p, role: $r, responsibilities: "Theo dõi phường") { id } }',
        { c: committee.id, p: personId, r: role },
        secretariat,
      );
    ok(await add(ids.son, 'member'));
    ok(await add(ids.duc, 'Thư ký'));
    expect(codes(await add(ids.son, 'MEMBER'))).toEqual(['CONFLICT']);
    const badRole = await add(ids.vinh, 'treasurer');
    expect(badRole.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    ok(
      await stack.query(
        'mutation ($c: ID!) { addCommitteeDocument(input: { committeeId: $c, kind: WORK_PROGRAM, number: "01-CTr/BCĐ", issuedOn: "2025-02-10", title: "Chương trình công tác năm 2025" }) { id } }',
        { c: committee.id },
        secretariat,
      ),
    );
    ok(
      await stack.query(
        'mutation ($c: ID!) { createWorkProgram(input: { committeeId: $c, year: 2025, title: "Chương trình 2025" }) { id } }',
        { c: committee.id },
        secretariat,
      ),
    );
    const seen = ok(
      await stack.query<any>(
        'query ($id: ID!) { committee(id: $id) { name unit { code } members { role person { fullName } } documents { number issuedOn } workPrograms { year } } }',
        { id: committee.id },
        member,
      ),
    ).committee;
    expect(seen.unit.code).toBe('HN');
    expect(seen.members).toEqual([
      { role: 'MEMBER', person: { fullName: 'Vũ Ngọc Sơn' } },
      { role: 'SECRETARY', person: { fullName: 'Phạm Minh Đức' } },
    ]);
    expect(seen.documents).toEqual([{ number: '01-CTr/BCĐ', issuedOn: '2025-02-10' }]);
    expect(seen.workPrograms).toEqual([{ year: 2025 }]);
    ids.committee = committee.id;
  });

  test('a task needs all six clears, and each missing one is named', async () => {
    const result = await stack.query(
      CREATE_TASK,
      { i: assignment({ expectedResult: '  ', authority: null }) },
      secretariat,
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('expectedResult');
    expect((result.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'expectedResult',
      'authority',
    ]);
    const unknownUnit = await stack.query(CREATE_TASK, { i: assignment({ unitId: '999999' }) }, secretariat);
    expect(unknownUnit.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    const badDate = await stack.query(CREATE_TASK, { i: assignment({ dueDate: '2026-02-30' }) }, secretariat);
    expect(badDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
  });

  test('a member reports progress with evidence; the timeline keeps every report', async () => {
    const task = await create({ committeeId: ids.committee });
    expect(task).toMatchObject({
      status: 'NOT_STARTED',
      progress: 0,
      version: 1,
      overdue: false,
      assignee: { fullName: 'Vũ Ngọc Sơn' },
    });
    const first = ok(
      await stack.query<any>(
        REPORT,
        {
          id: task.id,
          p: 40,
          n: 'Đã lắp đặt thiết bị',
          v: 1,
          e: ['https://linhnam.hanoi.gov.vn/bien-ban.pdf'],
        },
        member,
      ),
    ).reportTaskProgress;
    expect(first).toMatchObject({ status: 'IN_PROGRESS', progress: 40, version: 2 });
    ok(await stack.query(REPORT, { id: task.id, p: 80, n: 'Tập huấn cán bộ', v: 2 }, member));
    const done = ok(await stack.query<any>(COMPLETE, { id: task.id, v: 3 }, member)).completeTask;
    expect(done).toMatchObject({ status: 'DONE', progress: 100, completedOn: '2026-11-23' });
    const again = await stack.query(REPORT, { id: task.id, p: 90, n: 'Thêm', v: 4 }, member);
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const reopened = ok(
      await stack.query<any>(
        'mutation ($id: ID!) { reopenTask(id: $id, version: 4, reason: "Thiếu biên bản") { status version } }',
        { id: task.id },
        secretariat,
      ),
    );
    expect(reopened.reopenTask).toEqual({ status: 'IN_PROGRESS', version: 5 });
    const timeline = ok(
      await stack.query<any>(
        'query ($id: ID!) { task(id: $id) { committee { name } updates { kind progress note evidenceLinks byUsername by { fullName } } } }',
        { id: task.id },
        secretariat,
      ),
    ).task;
    expect(timeline.committee.name).toBe('Ban Chỉ đạo thành phố');
    expect(timeline.updates.map((u: any) => [u.kind, u.progress, u.byUsername])).toEqual([
      ['PROGRESS', 40, 'member'],
      ['PROGRESS', 80, 'member'],
      ['COMPLETED', 100, 'member'],
      ['REOPENED', 100, 'secretariat'],
    ]);
    expect(timeline.updates[0]).toMatchObject({
      evidenceLinks: ['https://linhnam.hanoi.gov.vn/bien-ban.pdf'],
      by: { fullName: 'Vũ Ngọc Sơn' },
    });
    const badProgress = await stack.query(REPORT, { id: task.id, p: 150, n: 'x', v: 5 }, member);
    expect(badProgress.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'progress' });
  });

  test('two reports at one version: exactly one is kept, the other gets CONFLICT', async () => {
    const task = await create();
    const results = await Promise.all(
      [25, 60].map((p) => stack.query<any>(REPORT, { id: task.id, p, n: `Báo cáo ${p}%`, v: 1 }, member)),
    );
    expect(results.flatMap(codes)).toEqual(['CONFLICT']);
    const winner = results.find((r) => !r.errors)!.data!.reportTaskProgress;
    const after = ok(
      await stack.query<any>(
        'query ($id: ID!) { task(id: $id) { progress version updates { progress } } }',
        { id: task.id },
        member,
      ),
    ).task;
    expect(after).toEqual({
      progress: winner.progress,
      version: 2,
      updates: [{ progress: winner.progress }],
    });
  });

  test("sub-tasks roll their progress up, and a parent can't close before them", async () => {
    const parent = await create({ title: 'Chuyển đổi số phường Lĩnh Nam' });
    const a = await create({ title: 'Phần A', parentId: parent.id, unitId: ids.tdp20 });
    await create({ title: 'Phần B', parentId: parent.id });
    ok(await stack.query(REPORT, { id: a.id, p: 50, n: 'Nửa chặng', v: 1 }, member));
    const rolled = ok(
      await stack.query<any>(
        'query ($id: ID!) { task(id: $id) { progress status version subtasks { title } } }',
        { id: parent.id },
        member,
      ),
    ).task;
    expect(rolled).toMatchObject({
      progress: 25,
      status: 'IN_PROGRESS',
      subtasks: [{ title: 'Phần A' }, { title: 'Phần B' }],
    });
    const early = await stack.query(COMPLETE, { id: parent.id, v: rolled.version }, secretariat);
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(early.errors![0].message).toMatch(/2 open sub-tasks/);
  });

  test('scope: a ward member sees and touches only its ward’s tasks', async () => {
    const cuaNamTask = await create({ title: 'Nhiệm vụ Cửa Nam', unitId: ids.cuaNam, assigneeId: ids.vinh });
    expect(
      ok(await stack.query<any>('query ($id: ID!) { task(id: $id) { id } }', { id: cuaNamTask.id }, member))
        .task,
    ).toBeNull();
    expect(codes(await stack.query(REPORT, { id: cuaNamTask.id, p: 10, n: 'x', v: 1 }, member))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await stack.query(CREATE_TASK, { i: assignment() }, member))).toEqual(['FORBIDDEN']);
    expect(codes(await stack.query(REPORT, { id: cuaNamTask.id, p: 10, n: 'x', v: 1 }, viewer))).toEqual([
      'FORBIDDEN',
    ]);
    const listed = ok(
      await stack.query<any>('{ tasks(first: 100) { totalCount nodes { unit { id } } } }', {}, member),
    ).tasks;
    expect(listed.nodes.every((t: any) => t.unit.id !== ids.cuaNam)).toBe(true);
    const everything = ok(
      await stack.query<any>('{ tasks(first: 100) { totalCount } }', {}, secretariat),
    ).tasks;
    expect(everything.totalCount).toBe(listed.totalCount + 1);
    const vinh = ok(
      await stack.query<any>(
        'query ($id: ID!) { person(id: $id) { assignedTasks { title } } }',
        { id: ids.vinh },
        member,
      ),
    ).person;
    expect(vinh.assignedTasks).toEqual([]);
  });

  test('people and units show their tasks through federation', async () => {
    const person = ok(
      await stack.query<any>(
        'query ($id: ID!) { person(id: $id) { fullName assignedTasks(status: NOT_STARTED) { status assignee { fullName } } } }',
        { id: ids.son },
        secretariat,
      ),
    ).person;
    expect(person.assignedTasks.length).toBeGreaterThan(0);
    expect(
      person.assignedTasks.every(
        (t: any) => t.status === 'NOT_STARTED' && t.assignee.fullName === 'Vũ Ngọc Sơn',
      ),
    ).toBe(true);
    const unit = ok(
      await stack.query<any>(
        'query ($id: ID!) { unit(id: $id) { code tasks { title } } }',
        { id: ids.tdp20 },
        secretariat,
      ),
    ).unit;
    expect(unit.tasks).toEqual([{ title: 'Phần A' }]);
  });

  test('filters, order and pages: no gaps, no repeats', async () => {
    process.env.DX_TODAY = '2026-10-25'; // assigned before its due day, which has passed since
    await create({ title: 'Quá hạn', dueDate: '2026-11-01' });
    process.env.DX_TODAY = '2026-11-23';
    await create({ title: 'Sắp đến hạn', dueDate: '2026-11-26' });
    const overdue = ok(
      await stack.query<any>(
        '{ tasks(filter: { overdue: true }) { nodes { title overdue } } }',
        {},
        secretariat,
      ),
    ).tasks.nodes;
    expect(overdue).toEqual([{ title: 'Quá hạn', overdue: true }]);
    const soon = ok(
      await stack.query<any>('{ tasks(filter: { dueWithinDays: 5 }) { nodes { title } } }', {}, secretariat),
    ).tasks.nodes;
    expect(soon).toEqual([{ title: 'Sắp đến hạn' }]);
    const search = ok(
      await stack.query<any>('{ tasks(filter: { search: "Cửa Nam" }) { nodes { title } } }', {}, secretariat),
    ).tasks.nodes;
    expect(search).toEqual([{ title: 'Nhiệm vụ Cửa Nam' }]);
    // Typed without tone marks, the same task; wildcards are not wildcards (the kit's search module).
    const folded = ok(
      await stack.query<any>('{ tasks(filter: { search: "cua NAM" }) { nodes { title } } }', {}, secretariat),
    ).tasks.nodes;
    expect(folded).toEqual([{ title: 'Nhiệm vụ Cửa Nam' }]);
    // A two-letter word beside a longer one (MariaDB checks it on the rows the index found): it
    // must still begin a word, as in FTS5 and as when it is alone.
    const titles = async (search: string) =>
      ok(
        await stack.query<any>(
          'query ($search: String) { tasks(filter: { search: $search }) { totalCount nodes { title } } }',
          { search },
          secretariat,
        ),
      ).tasks;
    expect(await titles('vụ Nam')).toEqual({ totalCount: 1, nodes: [{ title: 'Nhiệm vụ Cửa Nam' }] });
    expect(await titles('Nam nh')).toEqual({ totalCount: 1, nodes: [{ title: 'Nhiệm vụ Cửa Nam' }] });
    expect(await titles('ua nam')).toEqual({ totalCount: 0, nodes: [] });
    expect(await titles('vx cửa')).toEqual({ totalCount: 0, nodes: [] });
    const wildcard = ok(
      await stack.query<any>('{ tasks(filter: { search: "%" }) { totalCount } }', {}, secretariat),
    ).tasks;
    expect(wildcard.totalCount).toBe(0);
    const seen: any[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = ok(
        await stack.query<any>(
          'query ($a: String) { tasks(first: 3, after: $a) { totalCount nodes { id dueDate } pageInfo { hasNextPage endCursor } } }',
          { a: after },
          secretariat,
        ),
      ).tasks;
      total = page.totalCount;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((t) => t.id)).size).toBe(total);
    expect(seen.map((t) => t.dueDate)).toEqual([...seen.map((t) => t.dueDate)].sort());
    expect(codes(await stack.query('{ tasks(first: 101) { totalCount } }', {}, secretariat))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await stack.query('{ tasks(after: "nonsense") { totalCount } }', {}, secretariat))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  test('a page of tasks with assignee, unit and committee costs the same SQL whatever its size', async () => {
    for (let i = 0; i < 12; i++)
      await create({ title: `Nhiệm vụ chương trình ${i + 1}`, committeeId: ids.committee });
    const list = (first: number) =>
      stack.query<any>(
        `query ($f: Int, $c: ID) { tasks(first: $f, filter: { committeeId: $c }) { totalCount nodes { ${TASK_FIELDS} assignee { fullName } unit { name } committee { name } } } }`,
        { f: first, c: ids.committee },
        secretariat,
      );
    const small = await countQueries(stack.services.tasks.dataSource, async () =>
      expect(ok(await list(2)).tasks.nodes).toHaveLength(2),
    );
    const large = await countQueries(stack.services.tasks.dataSource, async () =>
      expect(ok(await list(100)).tasks.nodes.length).toBeGreaterThan(10),
    );
    // the page, its COUNT, and one batch for the committees; people and units are the directory's
    expect([small, large]).toEqual([3, 3]);
  });

  test('every change is in the audit log, for administrators only', async () => {
    expect(codes(await stack.query('{ tasksAuditLog { totalCount } }', {}, secretariat))).toEqual([
      'FORBIDDEN',
    ]);
    const log = ok(
      await stack.query<any>(
        '{ tasksAuditLog(entityType: "Task", first: 100) { nodes { action actorUsername } } }',
        {},
        admin,
      ),
    ).tasksAuditLog.nodes;
    const actions = new Set(log.map((e: any) => `${e.action}:${e.actorUsername}`));
    for (const a of [
      'createTask:secretariat',
      'reportTask:member',
      'completeTask:member',
      'reopenTask:secretariat',
    ])
      expect(actions).toContain(a);
  });
});
