import pino from 'pino';
import { codes, dialectUnderTest, ok, startStack, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as tasks } from '@dx/service-tasks';
import { definition as training } from '@dx/service-training';
import { definition as campaigns } from '@dx/service-campaigns';
import { COMPLETE, CREATE_TASK, directoryLookups } from './support';

let stack: TestStack;
let admin: string;
let secretariat: string;
let trainer: string;
let member: string;
let canbo: string;
let outsider: string;
const u: Record<string, string> = {};
let son: string;

const TODAY = '2026-11-23';
const refusal = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.messageKey;

async function task(unitId: string, dueDate: string, doneOn?: string) {
  process.env.DX_TODAY = `${dueDate.slice(0, 4)}-01-02`;
  const created = ok(
    await stack.query<any>(
      CREATE_TASK,
      {
        i: {
          title: `Nhiệm vụ ${dueDate}`,
          assigneeId: son,
          unitId,
          dueDate,
          expectedResult: 'Kết quả',
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
  process.env.DX_TODAY = TODAY;
}

async function personOf(unitId: string, index: number): Promise<string> {
  const data = ok(
    await stack.query<any>(
      'query ($u: ID) { people(unitId: $u, first: 10) { nodes { id } } }',
      { u: unitId },
      admin,
    ),
  );
  return data.people.nodes[index].id;
}

async function accountFor(username: string, roles: string[], scope: string, personId: string) {
  ok(
    await stack.query(
      'mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      { i: { username, password: 'rating-pass-2026', roles, scopeUnitId: scope, personId } },
      admin,
    ),
  );
  return stack.login(username, 'rating-pass-2026');
}

const RANKING = `query ($y: Int!, $p: ID) { unitRanking(year: $y, parentUnitId: $p) {
  unit { id } score rank noData parts { criterion weight value points } } }`;
const SETUP =
  'query ($y: Int!, $p: ID) { rankingSetup(year: $y, parentUnitId: $p) { status version weights { criterion weight } } }';
const WEIGHTS = `mutation ($y: Int!, $p: ID, $w: [RankingWeightInput!]!, $v: Int!) {
  setRankingWeights(year: $y, parentUnitId: $p, weights: $w, version: $v) { status version weights { criterion weight } } }`;
const PUBLISH = `mutation ($y: Int!, $p: ID, $v: Int!) { publishUnitRanking(year: $y, parentUnitId: $p, version: $v) { status version publishedAt } }`;
const SUBMIT = `mutation ($m: String!, $s: [RatingScoreInput!]!, $n: String, $v: Int) {
  submitRating(month: $m, scores: $s, note: $n, version: $v) { id status selfTotal classification version } }`;
const APPROVE = `mutation ($id: ID!, $v: Int!, $s: [RatingScoreInput!], $r: String) {
  approveRating(id: $id, version: $v, scores: $s, reason: $r) { id status selfTotal finalTotal corrected classification reviewReason version reviewer { id } } }`;
const YEAR = `query ($y: Int!, $p: ID) { yearRating(year: $y, personId: $p) {
  approvedMonths final average classification months { month status finalTotal } } }`;
const weights = (t: number, i: number, tr: number, c: number) => [
  { criterion: 'TASK_DELIVERY', weight: t },
  { criterion: 'INDICATORS', weight: i },
  { criterion: 'TRAINING', weight: tr },
  { criterion: 'CAMPAIGNS', weight: c },
];
const scores = (t: number, tr: number, d: number) => [
  { criterion: 'TASKS_ON_TIME', points: t },
  { criterion: 'TRAINING', points: tr },
  { criterion: 'DIGITAL_TOOLS', points: d },
];

beforeAll(async () => {
  process.env.DX_TODAY = TODAY;
  stack = await startStack({
    services: [directory, tasks, training, campaigns],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
  [admin, secretariat, trainer, member] = await Promise.all(
    ['admin', 'secretariat', 'trainer', 'member'].map((name) => stack.login(name)),
  );
  const dir = directoryLookups(stack, secretariat);
  for (const code of [
    'HN',
    'HN-SKHCN',
    'HN-VP',
    'HN-LN',
    'HN-CN',
    'HN-LN-TDP20',
    'HN-CN-TDP1',
    'HN-LN-VP',
    'HN-CN-VP',
  ])
    u[code] = await dir.unit(code);
  son = await dir.person('Vũ Ngọc Sơn');
  canbo = await accountFor('canbo.ln', ['VIEWER'], u['HN-LN-VP'], await personOf(u['HN-LN-VP'], 0));
  outsider = await accountFor('canbo.cn', ['VIEWER'], u['HN-CN-VP'], await personOf(u['HN-CN-VP'], 0));

  // Tasks of 2026: Lĩnh Nam one on time and one late (75), Cửa Nam one on time (100), the department one overdue (0).
  await task(u['HN-LN-TDP20'], '2026-10-10', '2026-10-05');
  await task(u['HN-LN-TDP20'], '2026-10-12', '2026-10-20');
  await task(u['HN-CN-TDP1'], '2026-09-01', '2026-08-30');
  await task(u['HN-SKHCN'], '2026-11-01');
  await task(u['HN-SKHCN'], '2025-11-01', '2025-12-30'); // another year: not counted

  // An indicator with a standing target of 90%, 100% for 2026: Lĩnh Nam 80% then 100% (90), Cửa Nam 50%.
  const indicator = ok(
    await stack.query<any>(
      `mutation ($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`,
      {
        i: { code: 'EVAL_SIGNED', name: 'Văn bản ký số', unitOfMeasure: '%', measure: 'PERCENT', target: 90 },
      },
      secretariat,
    ),
  ).createIndicator.id;
  u.indicator = indicator;
  ok(
    await stack.query(
      'mutation ($i: ID!) { setIndicatorYearTarget(indicatorId: $i, year: 2026, target: 100) { version } }',
      { i: indicator },
      secretariat,
    ),
  );
  for (const [unit, month, numerator] of [
    ['HN-LN-TDP20', '2026-10', 80],
    ['HN-LN-TDP20', '2026-11', 100],
    ['HN-CN', '2026-10', 50],
  ] as const)
    ok(
      await stack.query(
        'mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }',
        { i: { indicatorId: indicator, unitId: u[unit], month, numerator, denominator: 100 } },
        secretariat,
      ),
    );

  // Training: a target of 50% for Lĩnh Nam due this year, nobody trained yet (0).
  ok(
    await stack.query(
      'mutation ($i: SetTrainingTargetInput!) { setTrainingTarget(input: $i) { id } }',
      { i: { unitId: u['HN-LN'], targetPercent: 50, dueDate: '2026-12-31' } },
      trainer,
    ),
  );

  // A campaign of the city, 100 people to help between two wards (50 each): Lĩnh Nam 80 (100%), Cửa Nam 30 (60%).
  const campaign = ok(
    await stack.query<any>(
      'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      {
        i: {
          title: '45 ngày đêm hỗ trợ chuyển đổi số',
          unitId: u.HN,
          startsOn: '2026-10-01',
          endsOn: '2026-11-14',
          participatingUnitIds: [u['HN-LN'], u['HN-CN']],
          metrics: [
            {
              code: 'CITIZENS_HELPED',
              name: 'Người dân được hỗ trợ',
              unitOfMeasure: 'người',
              aggregation: 'SUM',
              baseline: 0,
              target: 100,
            },
          ],
        },
      },
      secretariat,
    ),
  ).createCampaign;
  for (const [unit, value] of [
    ['HN-LN', 80],
    ['HN-CN', 30],
  ] as const)
    ok(
      await stack.query(
        'mutation ($i: RecordTallyInput!) { recordTally(input: $i) { id } }',
        {
          i: {
            campaignId: campaign.id,
            day: '2026-10-15',
            unitId: u[unit],
            metricCode: 'CITIZENS_HELPED',
            value,
          },
        },
        secretariat,
      ),
    );
}, 180_000);
afterAll(async () => {
  delete process.env.DX_TODAY;
  await stack?.stop();
});

describe(`the yearly DX ranking of units (${dialectUnderTest})`, () => {
  test('weights are whole, one per criterion and sum to 100; a stale version is refused', async () => {
    expect(
      refusal(
        await stack.query(WEIGHTS, { y: 2026, p: u.HN, w: weights(40, 30, 10, 10), v: 0 }, secretariat),
      ),
    ).toBe('errors.rankingWeightsSum');
    expect(
      codes(await stack.query(WEIGHTS, { y: 2026, p: u.HN, w: weights(40, 30, 10, 20), v: 0 }, member)),
    ).toEqual(['FORBIDDEN']);
    const set = ok(
      await stack.query<any>(WEIGHTS, { y: 2026, p: u.HN, w: weights(40, 30, 10, 20), v: 0 }, secretariat),
    ).setRankingWeights;
    expect(set).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(
      refusal(
        await stack.query(WEIGHTS, { y: 2026, p: u.HN, w: weights(40, 30, 10, 20), v: 0 }, secretariat),
      ),
    ).toBe('errors.staleVersion');
  });

  test('the known data set gives the expected parts, scores and ranks; a unit without data is marked', async () => {
    const lines = ok(await stack.query<any>(RANKING, { y: 2026, p: u.HN }, secretariat)).unitRanking;
    const byUnit = (code: string) => lines.find((l: any) => l.unit.id === u[code]);
    expect(lines.map((l: any) => [l.unit.id, l.score, l.rank, l.noData])).toEqual([
      [u['HN-LN'], 77, 1, false],
      [u['HN-CN'], 74.4, 2, false],
      [u['HN-SKHCN'], 0, 3, false],
      [u['HN-VP'], null, null, true],
    ]);
    expect(byUnit('HN-LN').parts).toEqual([
      { criterion: 'TASK_DELIVERY', weight: 40, value: 75, points: 30 },
      { criterion: 'INDICATORS', weight: 30, value: 90, points: 27 },
      { criterion: 'TRAINING', weight: 10, value: 0, points: 0 },
      { criterion: 'CAMPAIGNS', weight: 20, value: 100, points: 20 },
    ]);
    expect(byUnit('HN-CN').parts.map((p: any) => p.value)).toEqual([100, 50, null, 60]);
  });

  test("scope: a ward's member may not see the city's ranking", async () => {
    const result = await stack.query(RANKING, { y: 2026, p: u.HN }, member);
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(refusal(result)).toBe('errors.outsideScope');
  });

  test('the chart of an indicator against its 2026 target, month by month', async () => {
    const chart = ok(
      await stack.query<any>(
        'query ($i: ID!, $u: ID!) { indicatorChart(indicatorId: $i, unitId: $u, year: 2026) { target months { month value meetsTarget } } }',
        { i: u.indicator, u: u['HN-LN'] },
        member,
      ),
    ).indicatorChart;
    expect(chart.target).toBe(100);
    expect(chart.months).toHaveLength(12);
    expect(chart.months.slice(8, 11)).toEqual([
      { month: '2026-09', value: null, meetsTarget: null },
      { month: '2026-10', value: 80, meetsTarget: false },
      { month: '2026-11', value: 100, meetsTarget: true },
    ]);
  });

  test('published: frozen as announced, no more changes, the trend per unit', async () => {
    expect(refusal(await stack.query(PUBLISH, { y: 2027, p: u.HN, v: 0 }, secretariat))).toBe(
      'errors.rankingYearNotBegun',
    );
    const published = ok(
      await stack.query<any>(PUBLISH, { y: 2026, p: u.HN, v: 1 }, secretariat),
    ).publishUnitRanking;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    await task(u['HN-VP'], '2026-11-20', '2026-11-19');
    const lines = ok(await stack.query<any>(RANKING, { y: 2026, p: u.HN }, secretariat)).unitRanking;
    expect(lines.map((l: any) => [l.unit.id, l.score, l.rank])).toEqual([
      [u['HN-LN'], 77, 1],
      [u['HN-CN'], 74.4, 2],
      [u['HN-SKHCN'], 0, 3],
      [u['HN-VP'], null, null],
    ]);
    expect(
      refusal(
        await stack.query(WEIGHTS, { y: 2026, p: u.HN, w: weights(25, 25, 25, 25), v: 2 }, secretariat),
      ),
    ).toBe('errors.rankingPublished');
    expect(refusal(await stack.query(PUBLISH, { y: 2026, p: u.HN, v: 2 }, secretariat))).toBe(
      'errors.rankingPublished',
    );
    const trend = ok(
      await stack.query<any>(
        'query ($u: ID!) { unitRankingTrend(unitId: $u) { year score rank rankedUnits } }',
        { u: u['HN-LN'] },
        member,
      ),
    ).unitRankingTrend;
    expect(trend).toEqual([{ year: 2026, score: 77, rank: 1, rankedUnits: 3 }]);
    const setup = ok(await stack.query<any>(SETUP, { y: 2026, p: u.HN }, secretariat)).rankingSetup;
    expect(setup.status).toBe('PUBLISHED');
  });
});

describe(`the monthly rating of civil servants (${dialectUnderTest})`, () => {
  let ratingId: string;
  let version: number;

  test('the head is named by the secretariat; a person submits their month, and may change it before approval', async () => {
    ok(
      await stack.query(
        'mutation ($u: ID!, $p: ID!) { setUnitRater(unitId: $u, personId: $p) { version } }',
        { u: u['HN-LN'], p: son },
        secretariat,
      ),
    );
    expect(refusal(await stack.query(SUBMIT, { m: '2026-12', s: scores(40, 30, 30) }, canbo))).toBe(
      'errors.ratingMonthNotBegun',
    );
    expect(refusal(await stack.query(SUBMIT, { m: '2026-11', s: scores(41, 30, 30) }, canbo))).toBe(
      'errors.ratingPointsRange',
    );
    const first = ok(
      await stack.query<any>(
        SUBMIT,
        { m: '2026-11', s: scores(38, 25, 30), n: 'Hoàn thành 5/5 nhiệm vụ' },
        canbo,
      ),
    ).submitRating;
    expect(first).toMatchObject({ status: 'SUBMITTED', selfTotal: 93, classification: 'EXCELLENT' });
    expect(refusal(await stack.query(SUBMIT, { m: '2026-11', s: scores(38, 25, 30) }, canbo))).toBe(
      'errors.ratingAlreadySubmitted',
    );
    const again = ok(
      await stack.query<any>(SUBMIT, { m: '2026-11', s: scores(35, 25, 30), v: first.version }, canbo),
    ).submitRating;
    expect(again.selfTotal).toBe(90);
    ratingId = again.id;
    version = again.version;
  });

  test('scope: only the person, the head of their unit and the secretariat of their scope see it; only the head approves', async () => {
    expect(
      refusal(
        await stack.query(
          YEAR,
          { y: 2026, p: (await stack.query<any>('{ me { person { id } } }', {}, canbo)).data.me.person.id },
          outsider,
        ),
      ),
    ).toBe('errors.ratingNotVisible');
    expect(codes(await stack.query(APPROVE, { id: ratingId, v: version }, outsider))).toEqual(['NOT_FOUND']);
    expect(refusal(await stack.query(APPROVE, { id: ratingId, v: version }, secretariat))).toBe(
      'errors.ratingNotHead',
    );
    const own = ok(
      await stack.query<any>(SUBMIT, { m: '2026-11', s: scores(40, 30, 30) }, member),
    ).submitRating;
    expect(refusal(await stack.query(APPROVE, { id: own.id, v: own.version }, member))).toBe(
      'errors.ratingOwnApproval',
    );
    const listed = ok(
      await stack.query<any>('query { unitRatings(month: "2026-11") { id person { id } } }', {}, member),
    ).unitRatings;
    expect(listed.map((r: any) => r.id).sort()).toEqual([ratingId, own.id].sort());
    expect(
      ok(await stack.query<any>('query { unitRatings(month: "2026-11") { id } }', {}, outsider)).unitRatings,
    ).toEqual([]);
  });

  test('the head corrects with a reason; the month is then locked; the year is classified from the approved months', async () => {
    expect(
      refusal(await stack.query(APPROVE, { id: ratingId, v: version, s: scores(30, 25, 30) }, member)),
    ).toBe('errors.ratingCorrectionReason');
    const approved = ok(
      await stack.query<any>(
        APPROVE,
        { id: ratingId, v: version, s: scores(30, 25, 30), r: 'Một nhiệm vụ trễ hạn 3 ngày' },
        member,
      ),
    ).approveRating;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      selfTotal: 90,
      finalTotal: 85,
      corrected: true,
      classification: 'GOOD',
      reviewer: { id: son },
    });
    expect(
      refusal(await stack.query(SUBMIT, { m: '2026-11', s: scores(40, 30, 30), v: approved.version }, canbo)),
    ).toBe('errors.ratingMonthLocked');
    expect(refusal(await stack.query(APPROVE, { id: ratingId, v: approved.version }, member))).toBe(
      'errors.ratingMonthLocked',
    );
    const year = ok(await stack.query<any>(YEAR, { y: 2026 }, canbo)).yearRating;
    expect(year).toMatchObject({ approvedMonths: 1, final: false, average: 85, classification: 'GOOD' });
    expect(year.months).toEqual([{ month: '2026-11', status: 'APPROVED', finalTotal: 85 }]);
  });
});
