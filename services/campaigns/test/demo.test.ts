import pino from 'pino';
import { today } from '@dx/subgraph-kit';
import { dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { definition } from '@dx/service-campaigns';
import { startCampaignsStack } from './helpers';

let stack: TestStack;
let admin: string;

const seed = () =>
  definition.seedDemo!({
    dataSource: stack.services.campaigns.dataSource,
    log: pino({ level: 'silent' }),
    gateway: async (query, variables) => ok(await stack.query(query, variables, admin)),
  });

beforeAll(async () => {
  stack = await startCampaignsStack();
  admin = await stack.login('admin');
  await seed();
  await seed(); // idempotent
});
afterAll(() => stack?.stop());

const CAMPAIGNS = `{ campaigns(first: 10) { totalCount nodes { id title status startsOn endsOn
  points { name partner openingHours } volunteers { role person { fullName } }
  metrics { code baseline target total } unitsNotReported { code } } } }`;

describe(`the campaigns demo (${dialectUnderTest})`, () => {
  test("Cửa Nam's 45 days add up to the reported figures, with six points run with the Fatherland Front", async () => {
    const secretariat = await stack.login('secretariat');
    const { campaigns } = ok(await stack.query<any>(CAMPAIGNS, {}, secretariat));
    expect(campaigns.totalCount).toBe(3);
    const cuaNam = campaigns.nodes.find((c: { title: string }) => c.title.endsWith('phường Cửa Nam'));
    expect(cuaNam).toMatchObject({ status: 'CLOSED', startsOn: '2025-07-15', endsOn: '2025-08-28' });
    const totals = Object.fromEntries(
      cuaNam.metrics.map((m: { code: string; total: number }) => [m.code, m.total]),
    );
    expect(totals).toEqual({
      CITIZENS_HELPED: 1680,
      VNEID_L2: 1712,
      IHANOI: 950,
      ETAX: 2316,
      ONLINE_SERVICES: 89,
    });
    expect(cuaNam.metrics.find((m: { code: string }) => m.code === 'ONLINE_SERVICES').baseline).toBe(34);
    expect(cuaNam.points).toHaveLength(6);
    expect(new Set(cuaNam.points.map((p: { partner: string }) => p.partner))).toEqual(
      new Set(['Ủy ban MTTQ Việt Nam phường Cửa Nam']),
    );
    expect(cuaNam.volunteers.length).toBeGreaterThanOrEqual(12);
    expect(cuaNam.volunteers[0].person.fullName).toBeTruthy();
    const report = ok(
      await stack.query<any>(
        'query ($c: ID!) { campaignReport(campaignId: $c) { metricCode total priorityGroups { elderly } byUnit { total } } }',
        { c: cuaNam.id },
        secretariat,
      ),
    );
    const helped = report.campaignReport[0];
    expect(helped.byUnit.reduce((n: number, u: { total: number | null }) => n + (u.total ?? 0), 0)).toBe(
      1680,
    );
    expect(helped.priorityGroups.elderly).toBeGreaterThan(400);
  });

  test("Lĩnh Nam's opening and a running campaign with today's figures missing for two teams", async () => {
    const member = await stack.login('member');
    const { campaigns } = ok(await stack.query<any>(CAMPAIGNS, {}, member));
    expect(campaigns.nodes.map((c: { status: string }) => c.status).sort()).toEqual(['CLOSED', 'RUNNING']);
    const running = campaigns.nodes.find((c: { status: string }) => c.status === 'RUNNING');
    expect(running.startsOn <= today() && running.endsOn >= today()).toBe(true);
    expect(running.unitsNotReported.map((u: { code: string }) => u.code)).toEqual([
      'HN-LN-TDP27-CNS',
      'HN-LN-TDP29-CNS',
    ]);
    expect(running.metrics[0].total).toBe(430);
    const team = await stack.login('team27', 'demo1234');
    const mine = ok(await stack.query<any>('{ campaigns(status: RUNNING) { nodes { id } } }', {}, team));
    expect(mine.campaigns.nodes.map((c: { id: string }) => c.id)).toEqual([running.id]);
  });
});
