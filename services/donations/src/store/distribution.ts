import {
  assertWithinScope,
  badInput,
  identityOf,
  requirePerson,
  requireUnit,
  type RequestContext,
  type UnitInfo,
} from '@dx/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { planDistribution, sortSerialsPerTeam } from '../domain/distribution';
import { serialKey } from '../domain/equipment';
import { cleanSerials } from '../domain/item-lines';
import { EquipmentRecord } from '../entities/equipment.entity';
import type { DistributeInput, HandoverItemInput } from '../schema/inputs';
import { availableAt, outOfStock, writeHandover } from './handover-writer';
import { handoverHolder, pathOf, type NamedHolder } from './holders';
import { checkItemLines } from './line-checks';
import { toHandover } from './mappers';
import { checkPeople } from './people';
import { refuseInput } from './refusals';
import { ensureStockRows } from './stock-store';

const PROBLEMS = {
  NO_TEAMS: () => 'List at least one team.',
  DUPLICATE_TEAM: (id?: string) => `The team ${id} is listed twice; each team receives once.`,
  NO_ITEMS: () => 'Choose at least one item for each team.',
};

const SERIAL_PROBLEMS = {
  PICKED_TWICE: {
    key: 'errors.serialPickedTwice',
    text: (serial: string) => `${serial} is picked for two teams; each piece goes to one team.`,
  },
  UNKNOWN_SERIAL: {
    key: 'errors.serialUnknown',
    text: (serial: string) => `No piece has the serial ${serial}.`,
  },
  NOT_RECEIVED: {
    key: 'errors.serialNotReceived',
    text: (serial: string) => `${serial} is not one of the items the teams receive.`,
  },
};

/**
 * Each team's lines: the shared quantities, with the serials picked for that team sorted into their
 * categories (so a store of serialled computers can hand one named computer to each team).
 */
async function linesPerTeam(manager: EntityManager, input: DistributeInput): Promise<HandoverItemInput[][]> {
  const picked = input.teams.map((t) => cleanSerials(t.serialNumbers));
  const keys = [...new Set(picked.flat().map(serialKey))];
  const pieces = keys.length
    ? await manager.getRepository(EquipmentRecord).findBy({ serialKey: In(keys) })
    : [];
  const sorted = sortSerialsPerTeam(
    picked,
    new Map(pieces.map((p) => [p.serialKey!, p.category])),
    input.itemsPerTeam.map((l) => l.category),
  );
  if ('problem' in sorted) {
    const problem = SERIAL_PROBLEMS[sorted.problem];
    throw refuseInput(problem.key, problem.text(sorted.serial), `teams.${sorted.team}.serialNumbers`, {
      serial: sorted.serial,
    });
  }
  const lines = sorted.perTeam.map((serials) =>
    input.itemsPerTeam.map((line) => ({ ...line, serialNumbers: serials.get(line.category) ?? [] })),
  );
  lines.forEach((teamLines, i) => checkItemLines(teamLines, `teams.${i}.serialNumbers`));
  return lines;
}

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
  const teamLines = await linesPerTeam(ctx.dataSource.manager, input);
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
          items: teamLines[i],
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
