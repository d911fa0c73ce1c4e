import pino from 'pino';
import { addDays, today } from '@dx/subgraph-kit';
import { ok, startStack, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as campaigns } from '@dx/service-campaigns';

export function startCampaignsStack(): Promise<TestStack> {
  return startStack({
    services: [directory, campaigns],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
}

export async function unitIdByCode(stack: TestStack, token: string, code: string): Promise<string> {
  const data = ok(
    await stack.query<any>(
      'query ($q: String) { units(search: $q, first: 50) { nodes { id code } } }',
      { q: code },
      token,
    ),
  );
  const unit = data.units.nodes.find((u: { code: string }) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

/** An account holding one role for one unit, made by the administrator. */
export async function accountFor(
  stack: TestStack,
  admin: string,
  username: string,
  role: string,
  unitId: string,
): Promise<string> {
  ok(
    await stack.query(
      'mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      { i: { username, password: 'team-pass-2026', roles: [role], scopeUnitId: unitId } },
      admin,
    ),
  );
  return stack.login(username, 'team-pass-2026');
}

export const CREATE_CAMPAIGN = `mutation ($i: CreateCampaignInput!) {
  createCampaign(input: $i) { id status startsOn endsOn metrics { code aggregation total } }
}`;
export const RECORD = `mutation ($i: RecordTallyInput!) { recordTally(input: $i) { id day value version metricCode unit { id } } }`;
export const CORRECT = `mutation ($id: ID!, $v: Int!, $value: Float!, $r: String!) {
  correctTally(id: $id, version: $v, value: $value, reason: $r) { id value version }
}`;

export interface TestCampaign {
  id: string;
  startsOn: string;
  endsOn: string;
  teams: string[];
}

let counter = 0;
/** A running campaign of Cửa Nam (ten days before today to ten after) with three teams taking part. */
export async function runningCampaign(
  stack: TestStack,
  token: string,
  ward = 'HN-CN',
): Promise<TestCampaign> {
  const startsOn = addDays(today(), -10);
  const endsOn = addDays(today(), 10);
  const teams = await Promise.all(
    [1, 2, 3].map((n) => unitIdByCode(stack, token, `${ward}-TDP${ward === 'HN-CN' ? n : 19 + n}-CNS`)),
  );
  const data = ok(
    await stack.query<any>(
      CREATE_CAMPAIGN,
      {
        i: {
          title: `Chiến dịch thử ${++counter}`,
          unitId: await unitIdByCode(stack, token, ward),
          startsOn,
          endsOn,
          participatingUnitIds: teams,
          metrics: [
            {
              code: 'CITIZENS_HELPED',
              name: 'Người dân được hỗ trợ',
              unitOfMeasure: 'người',
              aggregation: 'SUM',
              baseline: 0,
              target: 100,
              countsPeople: true,
            },
            {
              code: 'ONLINE_SHARE',
              name: 'Tỷ lệ dịch vụ công trực tuyến',
              unitOfMeasure: '%',
              aggregation: 'LATEST',
              baseline: 34,
              target: 90,
            },
          ],
        },
      },
      token,
    ),
  ).createCampaign;
  return { id: data.id, startsOn, endsOn, teams };
}
