import { addDays, today, writeAudit, type DemoEnvironment } from '@dx/subgraph-kit';
import { CampaignRecord } from '../entities/campaign.entity';
import { NO_POINT, TallyRecord } from '../entities/tally.entity';
import { eachDay } from '../domain/calendar';
import { DEMO_CAMPAIGNS, DEMO_TEAM_ACCOUNT, type DemoCampaign } from './plan';
import { seeded, splitTotal } from './split';

type Gateway = DemoEnvironment['gateway'];
type NewTally = Omit<TallyRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

interface UnitInfo {
  id: string;
  code: string;
  path: string[];
}

async function unitsByCode(gateway: Gateway, codes: string[]): Promise<Map<string, UnitInfo>> {
  const units = new Map<string, UnitInfo>();
  for (const code of new Set(codes)) {
    const data = await gateway<{ units: { nodes: UnitInfo[] } }>(
      'query ($q: String) { units(search: $q, first: 50) { nodes { id code path } } }',
      { q: code },
    );
    const unit = data.units.nodes.find((u) => u.code === code);
    if (unit) units.set(code, unit);
  }
  return units;
}

const pathOf = (unit: UnitInfo) => `/${unit.path.join('/')}/`;

function startOf(plan: DemoCampaign): string {
  return typeof plan.startsOn === 'number' ? addDays(today(), plan.startsOn) : plan.startsOn;
}

/** The figures of a campaign: each SUM result split over the days so far and the teams, adding up exactly. */
function demoTallies(
  plan: DemoCampaign,
  campaignId: number,
  units: Map<string, UnitInfo>,
  points: Map<string, number>,
): NewTally[] {
  const startsOn = startOf(plan);
  const endsOn = addDays(startsOn, plan.days - 1);
  const last = endsOn < today() ? endsOn : today();
  const days = last < startsOn ? [] : eachDay(startsOn, last);
  const random = seeded(plan.key.length * 7919 + campaignId);
  const teams = plan.teams.filter((code) => units.has(code));
  const rows: NewTally[] = [];
  const base = (code: string, day: string) => {
    const unit = units.get(code)!;
    return { campaignId, day, unitId: Number(unit.id), unitPath: pathOf(unit), recordedBy: 'demo' };
  };
  for (const metric of plan.metrics) {
    if (metric.aggregation === 'SUM' && typeof metric.result === 'number') {
      const cells = days.flatMap((day) => teams.map((team) => ({ day, team })));
      const weights = cells.map(({ day, team }) => {
        if (day === today() && plan.missingToday?.includes(team)) return 0;
        const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
        return (weekend ? 1.6 : 1) * (0.3 + random());
      });
      const values = splitTotal(metric.result, weights);
      cells.forEach(({ day, team }, i) => {
        if (weights[i] === 0) return;
        const value = values[i];
        rows.push({
          ...base(team, day),
          pointId: points.get(team.replace(/-CNS$/, '')) ?? NO_POINT,
          metricCode: metric.code,
          value,
          elderly: metric.countsPeople ? Math.round(value * 0.35) : null,
          disabled: metric.countsPeople ? Math.round(value * 0.05) : null,
          poorHouseholds: metric.countsPeople ? Math.round(value * 0.08) : null,
        });
      });
    }
    if (metric.aggregation === 'LATEST' && Array.isArray(metric.result) && units.has(plan.unit)) {
      const [first, final] = metric.result;
      const reportDays = days.filter((_, i) => i % 3 === 0 || i === days.length - 1);
      reportDays.forEach((day, i) => {
        const share =
          i === reportDays.length - 1
            ? final
            : Math.round(first + ((final - first) * i) / (reportDays.length - 1));
        rows.push({
          ...base(plan.unit, day),
          pointId: NO_POINT,
          metricCode: metric.code,
          value: share,
          elderly: null,
          disabled: null,
          poorHouseholds: null,
        });
      });
    }
  }
  return rows;
}

async function seedCampaign(
  env: DemoEnvironment,
  plan: DemoCampaign,
  units: Map<string, UnitInfo>,
  usedPeople: Set<string>,
): Promise<number> {
  const { gateway, dataSource } = env;
  const startsOn = startOf(plan);
  const { createCampaign } = await gateway<{ createCampaign: { id: string } }>(
    'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    {
      i: {
        title: plan.title,
        description: plan.description,
        unitId: units.get(plan.unit)!.id,
        startsOn,
        endsOn: addDays(startsOn, plan.days - 1),
        participatingUnitIds: [...plan.teams, ...plan.departments]
          .map((c) => units.get(c)?.id)
          .filter(Boolean),
        metrics: plan.metrics.map(({ result: _result, ...m }) => m),
      },
    },
  );
  const points = new Map<string, number>();
  for (const point of plan.points) {
    const { addSupportPoint } = await gateway<{ addSupportPoint: { id: string } }>(
      'mutation ($i: AddSupportPointInput!) { addSupportPoint(input: $i) { id } }',
      {
        i: {
          campaignId: createCampaign.id,
          name: point.name,
          unitId: units.get(point.unit)?.id,
          address: point.address,
          partner: plan.partner,
          openingHours: point.openingHours,
        },
      },
    );
    points.set(point.unit, Number(addSupportPoint.id));
  }
  for (const volunteer of plan.volunteers) {
    const unit = units.get(volunteer.unit);
    if (!unit) continue;
    const data = await gateway<{ people: { nodes: { id: string }[] } }>(
      'query ($u: ID!) { people(unitId: $u, first: 10) { nodes { id } } }',
      { u: unit.id },
    );
    const person = data.people.nodes.find((p) => !usedPeople.has(`${createCampaign.id}:${p.id}`));
    if (!person) continue;
    usedPeople.add(`${createCampaign.id}:${person.id}`);
    const pointId = [...points].find(([code]) => volunteer.unit.startsWith(`${code}-`))?.[1];
    await gateway('mutation ($i: AddVolunteerInput!) { addVolunteer(input: $i) { id } }', {
      i: {
        campaignId: createCampaign.id,
        personId: person.id,
        role: volunteer.role,
        pointId: pointId ? String(pointId) : null,
      },
    });
  }
  // Thousands of figures: written in one transaction rather than one request each (with one audit row).
  const rows = demoTallies(plan, Number(createCampaign.id), units, points);
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += 500) await manager.insert(TallyRecord, rows.slice(i, i + 500));
    await writeAudit(manager, { identity: undefined } as never, {
      action: 'seedDemoTallies',
      entityType: 'Campaign',
      entityId: createCampaign.id,
      after: { tallies: rows.length },
    });
  });
  return rows.length;
}

async function seedTeamAccount(gateway: Gateway, units: Map<string, UnitInfo>): Promise<void> {
  const team = units.get(DEMO_TEAM_ACCOUNT.unit);
  if (!team) return;
  const data = await gateway<{ people: { nodes: { id: string }[] } }>(
    'query ($u: ID!) { people(unitId: $u, first: 1) { nodes { id } } }',
    { u: team.id },
  );
  await gateway('mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }', {
    i: {
      username: DEMO_TEAM_ACCOUNT.username,
      password: 'demo1234',
      roles: ['COMMITTEE_MEMBER'],
      scopeUnitId: team.id,
      personId: data.people.nodes[0]?.id ?? null,
    },
  }).catch(() => undefined); // already there from an earlier demo run
}

/** Cửa Nam's 45-day campaign with its figures, Lĩnh Nam's opening, and a campaign running today. */
export async function seedCampaignsDemo(env: DemoEnvironment): Promise<void> {
  if ((await env.dataSource.getRepository(CampaignRecord).count()) > 0) return;
  const codes = DEMO_CAMPAIGNS.flatMap((c) => [
    c.unit,
    ...c.teams,
    ...c.departments,
    ...c.points.map((p) => p.unit),
    ...c.volunteers.map((v) => v.unit),
  ]);
  const units = await unitsByCode(env.gateway, [...codes, DEMO_TEAM_ACCOUNT.unit]);
  const used = new Set<string>();
  const counts: Record<string, number> = {};
  for (const plan of DEMO_CAMPAIGNS) counts[plan.key] = await seedCampaign(env, plan, units, used);
  await seedTeamAccount(env.gateway, units);
  env.log.info({ tallies: counts, teamAccount: DEMO_TEAM_ACCOUNT.username }, 'campaigns demo seeded');
}
