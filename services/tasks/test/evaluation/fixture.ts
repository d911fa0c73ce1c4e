import pino from 'pino';
import { ok, startStack, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as tasks } from '@dx/service-tasks';
import { definition as training } from '@dx/service-training';
import { definition as campaigns } from '@dx/service-campaigns';
import { COMPLETE, CREATE_TASK, directoryLookups } from '../support';

export let stack: TestStack;
export let admin: string;
export let secretariat: string;
export let trainer: string;
export let member: string;
export let canbo: string;
export let outsider: string;
export const u: Record<string, string> = {};
export let son: string;

export const TODAY = '2026-11-23';
export const refusal = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.messageKey;

export async function task(unitId: string, dueDate: string, doneOn?: string) {
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

export async function personOf(unitId: string, index: number): Promise<string> {
  const data = ok(
    await stack.query<any>(
      'query ($u: ID) { people(unitId: $u, first: 10) { nodes { id } } }',
      { u: unitId },
      admin,
    ),
  );
  return data.people.nodes[index].id;
}

export async function accountFor(username: string, roles: string[], scope: string, personId: string) {
  ok(
    await stack.query(
      'mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      { i: { username, password: 'rating-pass-2026', roles, scopeUnitId: scope, personId } },
      admin,
    ),
  );
  return stack.login(username, 'rating-pass-2026');
}

export const RANKING = `query ($y: Int!, $p: ID) { unitRanking(year: $y, parentUnitId: $p) {
  unit { id } score rank noData parts { criterion weight value points } } }`;
export const SETUP =
  'query ($y: Int!, $p: ID) { rankingSetup(year: $y, parentUnitId: $p) { status version weights { criterion weight } } }';
export const WEIGHTS = `mutation ($y: Int!, $p: ID, $w: [RankingWeightInput!]!, $v: Int!) {
  setRankingWeights(year: $y, parentUnitId: $p, weights: $w, version: $v) { status version weights { criterion weight } } }`;
export const PUBLISH = `mutation ($y: Int!, $p: ID, $v: Int!) { publishUnitRanking(year: $y, parentUnitId: $p, version: $v) { status version publishedAt } }`;
export const SUBMIT = `mutation ($m: String!, $s: [RatingScoreInput!]!, $n: String, $v: Int) {
  submitRating(month: $m, scores: $s, note: $n, version: $v) { id status selfTotal classification version } }`;
export const APPROVE = `mutation ($id: ID!, $v: Int!, $s: [RatingScoreInput!], $r: String) {
  approveRating(id: $id, version: $v, scores: $s, reason: $r) { id status selfTotal finalTotal corrected classification reviewReason version reviewer { id } } }`;
export const YEAR = `query ($y: Int!, $p: ID) { yearRating(year: $y, personId: $p) {
  approvedMonths final average classification months { month status finalTotal } } }`;
export const weights = (t: number, i: number, tr: number, c: number) => [
  { criterion: 'TASK_DELIVERY', weight: t },
  { criterion: 'INDICATORS', weight: i },
  { criterion: 'TRAINING', weight: tr },
  { criterion: 'CAMPAIGNS', weight: c },
];
export const scores = (t: number, tr: number, d: number) => [
  { criterion: 'TASKS_ON_TIME', points: t },
  { criterion: 'TRAINING', points: tr },
  { criterion: 'DIGITAL_TOOLS', points: d },
];

/**
 * One stack per test file (the ranking's known data set, the accounts, the rating's head): call it at
 * the top of a scenario file; the exported bindings above are filled in before its tests run.
 */
export function useEvaluationFixture() {
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
          i: {
            code: 'EVAL_SIGNED',
            name: 'Văn bản ký số',
            unitOfMeasure: '%',
            measure: 'PERCENT',
            target: 90,
          },
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
}
