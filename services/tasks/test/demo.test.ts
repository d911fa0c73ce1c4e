import pino from 'pino';
import { dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { definition } from '@dx/service-tasks';
import { startTasksStack } from './support';

let stack: TestStack;
let secretariat: string;

beforeAll(async () => {
  process.env.DX_TODAY = '2026-11-23';
  stack = await startTasksStack();
  const admin = await stack.login('admin');
  secretariat = await stack.login('secretariat');
  const env = {
    dataSource: stack.services.tasks.dataSource,
    log: pino({ level: 'silent' }),
    gateway: async (query: string, variables?: Record<string, unknown>) =>
      ok(await stack.query<any>(query, variables, admin)),
  };
  await definition.seedDemo!(env);
  await definition.seedDemo!(env);
});
afterAll(() => stack?.stop());

describe(`the tasks demo (${dialectUnderTest})`, () => {
  test('the Hà Nội committee with its members, documents and programs, seeded once', async () => {
    const data = ok(
      await stack.query<any>(
        '{ committees { totalCount nodes { unit { code } members { role person { fullName } } documents { kind number } workPrograms { year } } } }',
        {},
        secretariat,
      ),
    );
    expect(data.committees.totalCount).toBe(1);
    const [committee] = data.committees.nodes;
    expect(committee.unit.code).toBe('HN');
    expect(committee.members[0]).toEqual({ role: 'CHAIR', person: { fullName: 'Trần Quốc Khánh' } });
    expect(committee.members.map((m: any) => m.person.fullName)).toContain('Vũ Ngọc Sơn');
    expect(committee.documents.map((d: any) => d.kind)).toEqual(
      expect.arrayContaining([
        'REGULATION',
        'WORKING_RULES',
        'WORK_PROGRAM',
        'ASSIGNMENT_NOTICE',
        'DECISION',
      ]),
    );
  });

  test('tasks are done on time, done late, overdue and due soon, across wards', async () => {
    const q = (filter: string) =>
      stack.query<any>(`{ tasks(filter: ${filter}, first: 100) { totalCount } }`, {}, secretariat);
    expect(ok(await q('{ overdue: true }')).tasks.totalCount).toBeGreaterThan(0);
    expect(ok(await q('{ dueWithinDays: 7 }')).tasks.totalCount).toBeGreaterThan(0);
    expect(ok(await q('{ status: DONE }')).tasks.totalCount).toBeGreaterThan(0);
    const month = '2026-11';
    const lines = ok(
      await stack.query<any>(
        'query ($m: String!) { unitScorecard(month: $m) { doneOnTime doneLate overdue } }',
        { m: month },
        secretariat,
      ),
    ).unitScorecard;
    const sum = (k: string) => lines.reduce((s: number, l: any) => s + l[k], 0);
    expect([sum('doneOnTime') > 0, sum('overdue') > 0]).toEqual([true, true]);
  });

  test('three months of indicators', async () => {
    const indicators = ok(await stack.query<any>('{ indicators { code } }', {}, secretariat)).indicators;
    expect(indicators.length).toBeGreaterThanOrEqual(4);
    const report = ok(
      await stack.query<any>(
        'query ($m: String!) { indicatorReport(month: $m) { values { value } totals { units value } } }',
        { m: '2026-10' },
        secretariat,
      ),
    ).indicatorReport;
    expect(report.values.length).toBeGreaterThan(10);
    expect(report.totals.every((t: any) => t.units > 0)).toBe(true);
  });
});
