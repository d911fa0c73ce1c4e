import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { COMPLETE, CREATE_TASK, directoryLookups, startTasksStack } from './support';

let stack: TestStack;
let secretariat: string;
let member: string;
let u: Record<string, string>;
let son: string;

/** Creates a task due on `dueDate`; completes it on `doneOn` (the clock pinned to that day) if given. */
async function task(unitId: string, dueDate: string, doneOn?: string) {
  process.env.DX_TODAY = '2026-09-01';
  const created = ok(
    await stack.query<any>(
      CREATE_TASK,
      {
        i: {
          title: `Nhiệm vụ hạn ${dueDate}`,
          assigneeId: son,
          unitId,
          dueDate,
          expectedResult: 'Kết quả rõ',
          authority: 'Trưởng ban',
        },
      },
      secretariat,
    ),
  ).createTask;
  if (doneOn) {
    process.env.DX_TODAY = doneOn;
    ok(await stack.query(COMPLETE, { id: created.id, v: created.version }, secretariat));
  }
  process.env.DX_TODAY = '2026-11-23';
}

beforeAll(async () => {
  stack = await startTasksStack();
  [secretariat, member] = await Promise.all([stack.login('secretariat'), stack.login('member')]);
  const dir = directoryLookups(stack, secretariat);
  u = {
    a: await dir.unit('HN-LN-TDP20'),
    b: await dir.unit('HN-LN-TDP21'),
    c: await dir.unit('HN-CN-TDP1'),
    ln: await dir.unit('HN-LN'),
    cn: await dir.unit('HN-CN'),
  };
  son = await dir.person('Vũ Ngọc Sơn');
  // October 2026, judged on 23 November: A one on time, one late, one overdue; B two on time; C one overdue.
  await task(u.a, '2026-10-10', '2026-10-05');
  await task(u.a, '2026-10-12', '2026-10-20');
  await task(u.a, '2026-10-15');
  await task(u.a, '2026-11-30');
  await task(u.b, '2026-10-01', '2026-10-01');
  await task(u.b, '2026-10-31', '2026-10-30');
  await task(u.c, '2026-10-20');
});
afterAll(() => stack?.stop());

const SCORECARD =
  'query ($m: String!) { unitScorecard(month: $m) { unit { id name } assigned doneOnTime doneLate overdue score rank } }';

describe(`monthly scorecard and indicators (${dialectUnderTest})`, () => {
  test('October: counts, scores and ranks per unit', async () => {
    const lines = ok(await stack.query<any>(SCORECARD, { m: '2026-10' }, secretariat)).unitScorecard;
    expect(
      lines.map((l: any) => [l.unit.id, l.assigned, l.doneOnTime, l.doneLate, l.overdue, l.score, l.rank]),
    ).toEqual([
      [u.b, 2, 2, 0, 0, 100, 1],
      [u.a, 3, 1, 1, 1, 50, 2],
      [u.c, 1, 0, 0, 1, 0, 3],
    ]);
    expect(lines[0].unit.name).toMatch(/Tổ dân phố số 21/);
  });

  test("a ward member's scorecard covers only its ward", async () => {
    const lines = ok(await stack.query<any>(SCORECARD, { m: '2026-10' }, member)).unitScorecard;
    expect(lines.map((l: any) => l.unit.id)).toEqual([u.b, u.a]);
  });

  test('a month that is not YYYY-MM is refused', async () => {
    const result = await stack.query(SCORECARD, { m: '10/2026' }, secretariat);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  test('indicators: monthly figures per unit and totals across units', async () => {
    const indicator = ok(
      await stack.query<any>(
        'mutation { createIndicator(input: { code: "SIGNED_DOCS", name: "Tỷ lệ văn bản được ký số", unitOfMeasure: "%", measure: PERCENT, target: 90 }) { id target } }',
        {},
        secretariat,
      ),
    ).createIndicator;
    const record = (
      unitId: string,
      numerator: number,
      denominator: number | null,
      version?: number,
      token = secretariat,
    ) =>
      stack.query<any>(
        'mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id value meetsTarget version } }',
        { i: { indicatorId: indicator.id, unitId, month: '2026-10', numerator, denominator, version } },
        token,
      );
    expect(ok(await record(u.ln, 9, 10, undefined, member)).recordIndicatorValue).toMatchObject({
      value: 90,
      meetsTarget: true,
      version: 1,
    });
    expect(codes(await record(u.cn, 1, 10, undefined, member))).toEqual(['FORBIDDEN']);
    ok(await record(u.cn, 10, 90));
    expect(codes(await record(u.ln, 8, 10))).toEqual(['CONFLICT']);
    expect((await record(u.ln, 11, 10, 1)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'numerator',
    });
    expect(ok(await record(u.ln, 8, 10, 1)).recordIndicatorValue).toMatchObject({
      value: 80,
      meetsTarget: false,
      version: 2,
    });
    expect(codes(await record(u.ln, 7, 10, 1))).toEqual(['CONFLICT']);

    const REPORT =
      'query ($m: String!, $u: ID) { indicatorReport(month: $m, unitId: $u) { values { unit { id } value } totals { indicator { code } units numerator denominator value meetsTarget } } }';
    const all = ok(await stack.query<any>(REPORT, { m: '2026-10' }, secretariat)).indicatorReport;
    expect(all.values.map((v: any) => [v.unit.id, v.value])).toEqual(
      [
        [u.ln, 80],
        [u.cn, 11.1],
      ].sort((x, y) => Number(x[0]) - Number(y[0])),
    );
    expect(all.totals).toEqual([
      {
        indicator: { code: 'SIGNED_DOCS' },
        units: 2,
        numerator: 18,
        denominator: 100,
        value: 18,
        meetsTarget: false,
      },
    ]);
    const wardOnly = ok(
      await stack.query<any>(REPORT, { m: '2026-10', u: u.ln }, secretariat),
    ).indicatorReport;
    expect(wardOnly.totals[0]).toMatchObject({ units: 1, value: 80 });
  });
});
