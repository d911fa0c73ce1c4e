import pino from 'pino';
import { ok, startStack, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as donations } from '@dx/service-donations';

export function startDonationsStack(): Promise<TestStack> {
  return startStack({
    services: [directory, donations],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
}

export function directoryLookups(stack: TestStack, token: () => string) {
  const unitIds = new Map<string, string>();
  return {
    async unitId(code: string): Promise<string> {
      if (!unitIds.has(code)) {
        const data = ok(
          await stack.query<any>(
            'query ($q: String) { units(search: $q, first: 50) { nodes { id code } } }',
            { q: code },
            token(),
          ),
        );
        const unit = data.units.nodes.find((u: { code: string }) => u.code === code);
        if (!unit) throw new Error(`no unit ${code}`);
        unitIds.set(code, unit.id);
      }
      return unitIds.get(code)!;
    },
    /** The team leader: the first person recorded in the team. */
    async leaderOf(unitId: string): Promise<string> {
      const data = ok(
        await stack.query<any>(
          'query ($u: ID) { people(unitId: $u, first: 50) { nodes { id position } } }',
          { u: unitId },
          token(),
        ),
      );
      const people = data.people.nodes as { id: string; position: string }[];
      return (
        people.find((p) => /Tổ trưởng/.test(p.position)) ??
        people.sort((a, b) => Number(a.id) - Number(b.id))[0]
      ).id;
    },
  };
}

export const CREATE_DONOR =
  'mutation ($input: CreateDonorInput!) { createDonor(input: $input) { id name kind contact version } }';
export const RECORD_DONATION =
  'mutation ($input: RecordDonationInput!) { recordDonation(input: $input) { id receivedAt holder { id } donor { name } items { category description quantity serialNumbers estimatedValueVnd } } }';
export const HAND_OVER =
  'mutation ($input: HandOverInput!) { handOver(input: $input) { id recordNo status handedOverAt recipient { id code name } giver { code } receivedBy { fullName } handedOverBy { fullName } items { category quantity serialNumbers } } }';
export const VOID =
  'mutation ($id: ID!, $reason: String!) { voidHandover(id: $id, reason: $reason) { id status voidReason voidedAt recordNo } }';
export const DISTRIBUTE =
  'mutation ($input: DistributeInput!) { distributeToTeams(input: $input) { id recordNo recipient { code } receivedBy { fullName } items { category quantity } } }';
export const STOCK_AT = 'query ($u: ID) { stock(unitId: $u) { category received handedOver available } }';

export type StockLine = { category: string; received: number; handedOver: number; available: number };
export const lineOf = (lines: StockLine[], category: string) => lines.find((l) => l.category === category);
