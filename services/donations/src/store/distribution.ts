import {
  assertWithinScope,
  badInput,
  identityOf,
  requirePerson,
  requireUnit,
  type RequestContext,
  type UnitInfo,
} from '@dx/subgraph-kit';
import { planDistribution } from '../domain/distribution';
import type { DistributeInput } from '../schema/inputs';
import { availableAt, outOfStock, writeHandover } from './handover-writer';
import { handoverHolder, pathOf, type NamedHolder } from './holders';
import { checkItemLines } from './line-checks';
import { toHandover } from './mappers';
import { checkPeople } from './people';
import { ensureStockRows } from './stock-store';

const PROBLEMS = {
  NO_TEAMS: () => 'List at least one team.',
  DUPLICATE_TEAM: (id?: string) => `The team ${id} is listed twice; each team receives once.`,
  NO_ITEMS: () => 'Choose at least one item for each team.',
};

/** The same items to each listed community team, one handover record per team, all or nothing. */
export async function distributeToTeams(ctx: RequestContext, input: DistributeInput) {
  checkItemLines(input.itemsPerTeam, 'itemsPerTeam');
  const identity = identityOf(ctx);
  const teams: UnitInfo[] = await Promise.all(
    input.teams.map((t, i) => requireUnit(ctx, t.unitId, `teams.${i}.unitId`)),
  );
  teams.forEach((team, i) => {
    if (team.kind !== 'COMMUNITY_TEAM')
      throw badInput(`${team.name} is not a community team.`, `teams.${i}.unitId`);
    assertWithinScope(identity, pathOf(team), 'handovers to this unit');
  });
  await Promise.all(
    input.teams.map((t, i) =>
      t.receivedById ? requirePerson(ctx, t.receivedById, `teams.${i}.receivedById`) : null,
    ),
  );
  const people = await checkPeople(ctx, input);
  const categories = [...new Set(input.itemsPerTeam.map((i) => i.category))];
  await Promise.all(
    teams.map(async (team) =>
      ensureStockRows(ctx.dataSource.manager, await handoverHolder(ctx, team, input.fromUnitId), categories),
    ),
  );

  const saved = await ctx.dataSource.transaction(async (manager) => {
    const holders = new Map<string, { holder: NamedHolder; teams: typeof input.teams }>();
    for (const [i, team] of teams.entries()) {
      const holder = await handoverHolder(ctx, team, input.fromUnitId);
      const group = holders.get(holder.path) ?? { holder, teams: [] };
      group.teams.push(input.teams[i]);
      holders.set(holder.path, group);
    }
    // Refuse the whole distribution up front with every shortage; the conditional updates below still guard each take.
    for (const { holder, teams: group } of holders.values()) {
      const result = planDistribution(
        group,
        input.itemsPerTeam,
        await availableAt(manager, holder, input.itemsPerTeam),
      );
      if ('problem' in result) throw badInput(PROBLEMS[result.problem](result.detail), 'teams');
      if ('shortages' in result) throw await outOfStock(holder, result.shortages);
    }
    const written = [];
    for (const [i, team] of teams.entries()) {
      const holder = [...holders.values()].find((g) => g.teams.includes(input.teams[i]))!.holder;
      written.push(
        await writeHandover(manager, ctx, holder, {
          recipient: team,
          items: input.itemsPerTeam,
          handedOverAt: input.handedOverAt,
          handedOverById: people.handedOverById,
          receivedById: input.teams[i].receivedById ?? null,
          witnessId: people.witnessId,
          note: input.note ?? null,
        }),
      );
    }
    return written;
  });
  return saved.map(toHandover);
}
