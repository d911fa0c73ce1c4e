import { addDays, pendingSchemaChanges, today } from '@dx/subgraph-kit';
import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { CORRECT, RECORD, runningCampaign, startCampaignsStack, type TestCampaign } from './helpers';

let stack: TestStack;
let secretariat: string;
let campaign: TestCampaign;

beforeAll(async () => {
  stack = await startCampaignsStack();
  secretariat = await stack.login('secretariat');
  campaign = await runningCampaign(stack, secretariat);
});
afterAll(() => stack?.stop());

const tally = (over: Record<string, unknown> = {}) => ({
  campaignId: campaign.id,
  day: today(),
  unitId: campaign.teams[0],
  metricCode: 'CITIZENS_HELPED',
  value: 12,
  ...over,
});

describe(`daily tallies through the gateway (${dialectUnderTest})`, () => {
  test('the migrations match the entities', async () => {
    expect(await pendingSchemaChanges(stack.services.campaigns.dataSource)).toEqual([]);
  });

  test('a new campaign is RUNNING by its dates, with its metrics and nothing counted yet', async () => {
    const data = ok(
      await stack.query<any>(
        'query ($id: ID!) { campaign(id: $id) { status metrics { code total progress } participatingUnits { id } } }',
        { id: campaign.id },
        secretariat,
      ),
    );
    expect(data.campaign.status).toBe('RUNNING');
    expect(data.campaign.metrics).toEqual([
      { code: 'CITIZENS_HELPED', total: null, progress: null },
      { code: 'ONLINE_SHARE', total: null, progress: null },
    ]);
    expect(data.campaign.participatingUnits.map((u: { id: string }) => u.id)).toEqual(campaign.teams);
  });

  test('a day outside the campaign, an unknown metric and a negative value are BAD_USER_INPUT with the field named', async () => {
    const before = await stack.query(
      RECORD,
      { i: tally({ day: addDays(campaign.startsOn, -1) }) },
      secretariat,
    );
    const after = await stack.query(RECORD, { i: tally({ day: addDays(campaign.endsOn, 1) }) }, secretariat);
    const unknown = await stack.query(RECORD, { i: tally({ metricCode: 'ETAX' }) }, secretariat);
    const negative = await stack.query(RECORD, { i: tally({ value: -3 }) }, secretariat);
    const badDay = await stack.query(RECORD, { i: tally({ day: '2026-02-30' }) }, secretariat);
    for (const result of [before, after, unknown, negative, badDay])
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(before.errors![0].extensions).toMatchObject({
      field: 'day',
      messageKey: 'errors.campaignDayOutside',
    });
    expect(unknown.errors![0].message).toBe(
      'This campaign has no metric ETAX; it counts CITIZENS_HELPED, ONLINE_SHARE.',
    );
    expect(negative.errors![0].extensions).toMatchObject({
      field: 'value',
      messageKey: 'errors.tallyNegative',
    });
    const tallies = ok(
      await stack.query<any>(
        'query ($c: ID!) { campaignTallies(campaignId: $c) { totalCount } }',
        { c: campaign.id },
        secretariat,
      ),
    );
    expect(tallies.campaignTallies.totalCount).toBe(0);
  });

  test('priority groups larger than the people counted are refused', async () => {
    const result = await stack.query(
      RECORD,
      { i: tally({ day: addDays(today(), -5), value: 4, priorityGroups: { elderly: 5 } }) },
      secretariat,
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions).toMatchObject({ field: 'elderly' });
  });

  test('the same (day, unit, point, metric) twice is a CONFLICT, also when both arrive at once', async () => {
    const i = tally({ day: addDays(today(), -9) });
    const results = await Promise.all([1, 2, 3, 4].map(() => stack.query<any>(RECORD, { i }, secretariat)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(results.find((r) => r.errors)!.errors![0].extensions).toMatchObject({
      messageKey: 'errors.tallyDuplicate',
    });
    const again = await stack.query(RECORD, { i }, secretariat);
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  test('racing corrections from the same version: exactly one wins, the others get CONFLICT; the audit keeps the reason', async () => {
    const recorded = ok(
      await stack.query<any>(RECORD, { i: tally({ day: addDays(today(), -8), value: 20 }) }, secretariat),
    ).recordTally;
    const results = await Promise.all(
      [21, 22, 23, 24, 25].map((value) =>
        stack.query<any>(
          CORRECT,
          { id: recorded.id, v: recorded.version, value, r: `Đếm lại: ${value}` },
          secretariat,
        ),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(winners[0].data!.correctTally.version).toBe(recorded.version + 1);
    const stale = await stack.query(
      CORRECT,
      { id: recorded.id, v: recorded.version, value: 30, r: 'Sửa lại' },
      secretariat,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(
      codes(
        await stack.query(
          CORRECT,
          { id: recorded.id, v: recorded.version + 1, value: 30, r: ' ' },
          secretariat,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const admin = await stack.login('admin');
    const audit = ok(
      await stack.query<any>(
        'query ($id: ID) { campaignsAuditLog(entityType: "CampaignTally", entityId: $id) { nodes { action before after } } }',
        { id: recorded.id },
        admin,
      ),
    ).campaignsAuditLog.nodes;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['correctTally', 'recordTally']);
    expect(JSON.parse(audit[0].after).reason).toBe(`Đếm lại: ${winners[0].data!.correctTally.value}`);
    expect(JSON.parse(audit[0].before).value).toBe(20);
  });

  test('roll-ups equal the sum of the tallies: per metric, per unit tree and per day', async () => {
    const fresh = await runningCampaign(stack, secretariat);
    const entries = [
      { team: 0, back: 3, value: 5 },
      { team: 0, back: 2, value: 7 },
      { team: 1, back: 2, value: 11 },
      { team: 2, back: 1, value: 13 },
      { team: 2, back: 0, value: 17 },
    ];
    await Promise.all(
      entries.map((e) =>
        stack
          .query(
            RECORD,
            {
              i: {
                campaignId: fresh.id,
                day: addDays(today(), -e.back),
                unitId: fresh.teams[e.team],
                metricCode: 'CITIZENS_HELPED',
                value: e.value,
              },
            },
            secretariat,
          )
          .then(ok),
      ),
    );
    for (const [team, value] of [
      [0, 60],
      [1, 70],
      [0, 80],
    ] as const) {
      ok(
        await stack.query(
          RECORD,
          {
            i: {
              campaignId: fresh.id,
              day: addDays(today(), team === 0 && value === 80 ? 0 : -4),
              unitId: fresh.teams[team],
              metricCode: 'ONLINE_SHARE',
              value,
            },
          },
          secretariat,
        ),
      );
    }
    const sum = entries.reduce((n, e) => n + e.value, 0);
    const report = ok(
      await stack.query<any>(
        'query ($c: ID!) { campaignReport(campaignId: $c) { metricCode total progress byUnit { unit { id } total } } }',
        { c: fresh.id },
        secretariat,
      ),
    ).campaignReport;
    const people = report.find((l: { metricCode: string }) => l.metricCode === 'CITIZENS_HELPED');
    expect(people.total).toBe(sum);
    expect(people.progress).toBe(sum / 100);
    expect(people.byUnit.map((u: { total: number }) => u.total)).toEqual([12, 11, 30]);
    expect(people.byUnit.reduce((n: number, u: { total: number }) => n + u.total, 0)).toBe(sum);
    const share = report.find((l: { metricCode: string }) => l.metricCode === 'ONLINE_SHARE');
    expect(share.total).toBe(75); // latest of each team (80 and 70), averaged
    const daily = ok(
      await stack.query<any>(
        'query ($id: ID!) { campaign(id: $id) { metrics { code total daily { day value cumulative } } } }',
        { id: fresh.id },
        secretariat,
      ),
    ).campaign.metrics[0];
    expect(daily.daily).toHaveLength(11);
    expect(daily.daily.reduce((n: number, d: { value: number }) => n + d.value, 0)).toBe(sum);
    expect(daily.daily.at(-1)).toEqual({ day: today(), value: 17, cumulative: sum });
    const notReported = ok(
      await stack.query<any>(
        'query ($id: ID!) { campaign(id: $id) { unitsNotReported { id } } }',
        { id: fresh.id },
        secretariat,
      ),
    );
    expect(notReported.campaign.unitsNotReported.map((u: { id: string }) => u.id)).toEqual([fresh.teams[1]]);
  });
});
