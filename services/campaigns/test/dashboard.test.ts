import pino from 'pino';
import type { DataSource } from 'typeorm';
import { dialectUnderTest, ok, startStack, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as tasks } from '@dx/service-tasks';
import { definition as training } from '@dx/service-training';
import { definition as donations } from '@dx/service-donations';
import { definition as awards } from '@dx/service-awards';
import { definition as campaigns } from '@dx/service-campaigns';
import { RECORD, runningCampaign, unitIdByCode } from './helpers';

/** The command dashboard's one federated query (as apps/shell/src/home asks it). */
export const DASHBOARD = `query ($id: ID!) { unit(id: $id) { id name
  taskSummary { open overdue dueThisWeek doneThisMonth }
  trainingSummary { people trained rate sessionsThisWeek waitlisted }
  stockSummary { available handedOverThisYear }
  awardsSummary { openRounds awaitingReview }
  campaignSummary { running planned notReportedToday runningCampaigns { id title metrics { code total target } } } } }`;

let stack: TestStack;
let secretariat: string;
const counts = new Map<string, number>();

/** Counts every SQL statement a service's database receives. */
function countStatements(name: string, ds: DataSource) {
  const logger = ds.logger;
  const counting = Object.create(logger);
  counting.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return logger.logQuery(...args);
  };
  Object.defineProperty(ds, 'logger', { value: counting, configurable: true });
}

async function statementsOf(query: () => Promise<unknown>): Promise<Record<string, number>> {
  counts.clear();
  await query();
  return Object.fromEntries([...counts].sort());
}

beforeAll(async () => {
  stack = await startStack({
    services: [directory, tasks, training, donations, awards, campaigns],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
  for (const [name, service] of Object.entries(stack.services)) countStatements(name, service.dataSource);
  secretariat = await stack.login('secretariat');
}, 120_000);
afterAll(() => stack?.stop());

describe(`the command dashboard's one query (${dialectUnderTest})`, () => {
  test('every subgraph adds its summary to the unit; the campaign card shows the running campaign', async () => {
    const campaign = await runningCampaign(stack, secretariat);
    ok(
      await stack.query(
        RECORD,
        {
          i: {
            campaignId: campaign.id,
            day: campaign.startsOn,
            unitId: campaign.teams[0],
            metricCode: 'CITIZENS_HELPED',
            value: 9,
          },
        },
        secretariat,
      ),
    );
    const hanoi = await unitIdByCode(stack, secretariat, 'HN');
    const { unit } = ok(await stack.query<any>(DASHBOARD, { id: hanoi }, secretariat));
    expect(unit.taskSummary).toEqual({ open: 0, overdue: 0, dueThisWeek: 0, doneThisMonth: 0 });
    expect(unit.trainingSummary.people).toBeGreaterThan(100);
    expect(unit.stockSummary).toEqual({ available: 0, handedOverThisYear: 0 });
    expect(unit.awardsSummary).toEqual({ openRounds: 0, awaitingReview: 0 });
    expect(unit.campaignSummary).toMatchObject({ running: 1, notReportedToday: 3 });
    expect(unit.campaignSummary.runningCampaigns[0].metrics[0]).toEqual({
      code: 'CITIZENS_HELPED',
      total: 9,
      target: 100,
    });
  });

  test('each summary costs the same number of SQL statements for a province of 100 wards and 1,000 teams as for one ward', async () => {
    const admin = await stack.login('admin');
    const ward = await unitIdByCode(stack, secretariat, 'HN-LN');
    const small = await statementsOf(() => stack.query(DASHBOARD, { id: ward }, secretariat).then(ok));
    const create = 'mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id } }';
    const province = ok(
      await stack.query<any>(create, { i: { code: 'BENCH', name: 'Tỉnh thử', kind: 'PROVINCE' } }, admin),
    ).createUnit.id;
    const wards: string[] = [];
    for (let w = 0; w < 100; w += 20) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          stack.query<any>(
            create,
            { i: { code: `BENCH-W${w + i}`, name: `Phường thử ${w + i}`, kind: 'WARD', parentId: province } },
            admin,
          ),
        ),
      );
      wards.push(...batch.map((r) => ok(r).createUnit.id));
    }
    for (const [w, wardId] of wards.entries()) {
      await Promise.all(
        Array.from({ length: 10 }, (_, t) =>
          stack
            .query(
              create,
              {
                i: {
                  code: `BENCH-W${w}-T${t}`,
                  name: `Tổ công nghệ số ${t}, phường thử ${w}`,
                  kind: 'COMMUNITY_TEAM',
                  parentId: wardId,
                },
              },
              admin,
            )
            .then(ok),
        ),
      );
    }
    const units = ok(
      await stack.query<any>(
        'query ($p: ID) { units(parentId: $p, first: 1) { totalCount } }',
        { p: wards[0] },
        admin,
      ),
    );
    expect(units.units.totalCount).toBe(10);
    const large = await statementsOf(() => stack.query(DASHBOARD, { id: province }, admin).then(ok));
    console.log(
      `SQL statements per subgraph for the dashboard query: ward ${JSON.stringify(small)}; province of 100 wards and 1,000 teams ${JSON.stringify(large)}`,
    );
    expect(large).toEqual(small);
    for (const name of ['tasks', 'training', 'donations', 'awards', 'campaigns'])
      expect(large[name]).toBeLessThanOrEqual(4);
  }, 240_000);

  test('a subgraph that is down leaves its card empty with an error and the rest answering', async () => {
    const hanoi = await unitIdByCode(stack, secretariat, 'HN');
    await stack.services.donations.stop();
    const result = await stack.query<any>(DASHBOARD, { id: hanoi }, secretariat);
    expect(result.data!.unit.stockSummary).toBeNull();
    expect(result.data!.unit.taskSummary).toEqual(expect.objectContaining({ open: 0 }));
    expect(result.data!.unit.campaignSummary).toEqual(expect.objectContaining({ planned: 0 }));
    // The gateway names the service, not the field: the home page marks the cards whose field is null.
    expect(result.errors!.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(result.errors![0].message).toMatch(/donations/);
  });
});
