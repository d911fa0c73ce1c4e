import { today } from '@dx/subgraph-kit';
import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import {
  RECORD,
  accountFor,
  runningCampaign,
  startCampaignsStack,
  unitIdByCode,
  type TestCampaign,
} from './helpers';

let stack: TestStack;
let secretariat: string;
let team1: string;
let lnMember: string;
let viewer: string;
let cuaNam: TestCampaign;
let linhNam: TestCampaign;

beforeAll(async () => {
  stack = await startCampaignsStack();
  secretariat = await stack.login('secretariat');
  const admin = await stack.login('admin');
  cuaNam = await runningCampaign(stack, secretariat, 'HN-CN');
  linhNam = await runningCampaign(stack, secretariat, 'HN-LN');
  team1 = await accountFor(stack, admin, 'to-cns-cn-1', 'COMMITTEE_MEMBER', cuaNam.teams[0]);
  lnMember = await stack.login('member');
  viewer = await stack.login('viewer');
});
afterAll(() => stack?.stop());

const entry = (c: TestCampaign, unitId: string, value = 3) => ({
  campaignId: c.id,
  day: today(),
  unitId,
  metricCode: 'CITIZENS_HELPED',
  value,
});

describe(`unit scope for campaigns and tallies (${dialectUnderTest})`, () => {
  test("a team's member records its own figure and sees the ward's campaign, not another ward's", async () => {
    ok(await stack.query(RECORD, { i: entry(cuaNam, cuaNam.teams[0]) }, team1));
    const seen = ok(
      await stack.query<any>('{ campaigns(first: 50) { nodes { id } } }', {}, team1),
    ).campaigns.nodes.map((c: { id: string }) => c.id);
    expect(seen).toContain(cuaNam.id);
    expect(seen).not.toContain(linhNam.id);
    expect(
      codes(await stack.query('query ($id: ID!) { campaign(id: $id) { id } }', { id: linhNam.id }, team1)),
    ).toEqual(['FORBIDDEN']);
  });

  test("a team may not enter figures for another team, nor in another ward's campaign", async () => {
    const other = await stack.query(RECORD, { i: entry(cuaNam, cuaNam.teams[1]) }, team1);
    expect(codes(other)).toEqual(['FORBIDDEN']);
    const lnIntoCn = await stack.query(RECORD, { i: entry(cuaNam, cuaNam.teams[0]) }, lnMember);
    expect(codes(lnIntoCn)).toEqual(['FORBIDDEN']);
  });

  test('a unit that does not take part is refused, even inside the scope', async () => {
    const police = await unitIdByCode(stack, secretariat, 'HN-LN-CA');
    const linhNamTeam = await unitIdByCode(stack, secretariat, 'HN-LN-TDP20-CNS');
    const outside = await stack.query(RECORD, { i: entry(cuaNam, linhNamTeam) }, secretariat);
    expect(codes(outside)).toEqual(['FORBIDDEN']);
    expect(outside.errors![0].extensions).toMatchObject({ messageKey: 'errors.notInCampaign' });
    ok(await stack.query(RECORD, { i: entry(linhNam, police) }, lnMember)); // below the owning ward
  });

  test('a viewer reads but may not enter figures; only the secretariat sets a campaign up', async () => {
    expect(codes(await stack.query(RECORD, { i: entry(cuaNam, cuaNam.teams[2]) }, viewer))).toEqual([
      'FORBIDDEN',
    ]);
    const addPoint = 'mutation ($i: AddSupportPointInput!) { addSupportPoint(input: $i) { id } }';
    expect(
      codes(await stack.query(addPoint, { i: { campaignId: cuaNam.id, name: 'Điểm thử' } }, team1)),
    ).toEqual(['FORBIDDEN']);
    ok(
      await stack.query(
        addPoint,
        { i: { campaignId: cuaNam.id, name: 'Điểm BDHVS số 1', partner: 'Ủy ban MTTQ phường Cửa Nam' } },
        secretariat,
      ),
    );
    const report = ok(
      await stack.query<any>(
        'query ($c: ID!) { campaignReport(campaignId: $c) { metricCode total } }',
        { c: cuaNam.id },
        viewer,
      ),
    );
    expect(report.campaignReport[0]).toEqual({ metricCode: 'CITIZENS_HELPED', total: 3 });
  });

  test("a team sees only its own figures; the ward's secretariat sees all of them", async () => {
    ok(await stack.query(RECORD, { i: entry(cuaNam, cuaNam.teams[1], 8) }, secretariat));
    const list = 'query ($c: ID!) { campaignTallies(campaignId: $c) { totalCount nodes { unit { id } } } }';
    const own = ok(await stack.query<any>(list, { c: cuaNam.id }, team1)).campaignTallies;
    expect(own.totalCount).toBe(1);
    expect(own.nodes[0].unit.id).toBe(cuaNam.teams[0]);
    expect(ok(await stack.query<any>(list, { c: cuaNam.id }, secretariat)).campaignTallies.totalCount).toBe(
      2,
    );
  });

  test('Unit.campaigns and Unit.campaignSummary count the unit tree as the caller may see it', async () => {
    const q =
      'query ($id: ID!) { unit(id: $id) { campaigns { id } campaignSummary { running planned notReportedToday runningCampaigns { id } } } }';
    const hanoi = await unitIdByCode(stack, secretariat, 'HN');
    const all = ok(await stack.query<any>(q, { id: hanoi }, secretariat)).unit;
    expect(all.campaignSummary.running).toBe(2);
    expect(all.campaignSummary.runningCampaigns.map((c: { id: string }) => c.id).sort()).toEqual(
      [cuaNam.id, linhNam.id].sort(),
    );
    // Cửa Nam: teams 1 and 2 reported today, team 3 not; Lĩnh Nam: none of its three teams.
    expect(all.campaignSummary.notReportedToday).toBe(1 + 3);
    const asLinhNam = ok(await stack.query<any>(q, { id: hanoi }, lnMember)).unit;
    expect(asLinhNam.campaignSummary).toMatchObject({ running: 1, notReportedToday: 3 });
    expect(asLinhNam.campaigns.map((c: { id: string }) => c.id)).toEqual([linhNam.id]);
  });
});
