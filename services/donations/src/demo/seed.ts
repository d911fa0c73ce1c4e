import type { DemoEnvironment } from '@dx/subgraph-kit';
import { DonorRecord } from '../entities/donor.entity';
import { CUA_NAM, LINH_NAM, linhNamItems } from './linh-nam';

type Gateway = DemoEnvironment['gateway'];

async function unitIdOf(gateway: Gateway, code: string): Promise<string> {
  const data = await gateway('query ($q: String) { units(search: $q, first: 20) { nodes { id code } } }', {
    q: code,
  });
  const unit = data.units.nodes.find((u: { code: string }) => u.code === code);
  if (!unit) throw new Error(`The directory demo has no unit ${code}.`);
  return unit.id;
}

/** The first person recorded in a unit: a team's leader (tổ trưởng) in the directory demo. */
async function firstPersonOf(gateway: Gateway, unitId: string): Promise<string | null> {
  const data = await gateway('query ($u: ID) { people(unitId: $u, first: 50) { nodes { id } } }', {
    u: unitId,
  });
  const ids = (data.people.nodes as { id: string }[]).map((p) => Number(p.id)).sort((a, b) => a - b);
  return ids.length ? String(ids[0]) : null;
}

async function createDonor(gateway: Gateway, input: object): Promise<string> {
  return (
    await gateway('mutation ($input: CreateDonorInput!) { createDonor(input: $input) { id } }', { input })
  ).createDonor.id;
}

async function recordDonation(gateway: Gateway, input: object) {
  await gateway('mutation ($input: RecordDonationInput!) { recordDonation(input: $input) { id } }', {
    input,
  });
}

/** Linh Nam's donation and its ten handovers, and a gift to Cua Nam still in stock; once. */
export async function seedDonationsDemo({ dataSource, gateway, log }: DemoEnvironment): Promise<void> {
  if ((await dataSource.getRepository(DonorRecord).count()) > 0) return;
  const ward = await unitIdOf(gateway, LINH_NAM.ward);
  const linhNamDonor = await createDonor(gateway, LINH_NAM.donor);
  await recordDonation(gateway, {
    donorId: linhNamDonor,
    receivedAt: LINH_NAM.receivedAt,
    unitId: ward,
    items: linhNamItems,
  });

  const witnessId = await firstPersonOf(gateway, await unitIdOf(gateway, LINH_NAM.witnessUnit));
  for (const [i, code] of LINH_NAM.teams.entries()) {
    const team = await unitIdOf(gateway, code);
    const items = linhNamItems.map((item) => ({
      category: item.category,
      quantity: 1,
      description: item.description,
      serialNumbers: item.serialNumbers.length ? [item.serialNumbers[i]] : [],
    }));
    await gateway('mutation ($input: HandOverInput!) { handOver(input: $input) { id } }', {
      input: {
        recipientUnitId: team,
        fromUnitId: ward,
        items,
        handedOverAt: LINH_NAM.handedOverAt,
        receivedById: await firstPersonOf(gateway, team),
        witnessId,
        note: LINH_NAM.note,
      },
    });
  }

  const cuaNamDonor = await createDonor(gateway, CUA_NAM.donor);
  await recordDonation(gateway, {
    donorId: cuaNamDonor,
    receivedAt: CUA_NAM.receivedAt,
    unitId: await unitIdOf(gateway, CUA_NAM.ward),
    items: CUA_NAM.items,
  });
  log.info({ handovers: LINH_NAM.teams.length }, 'donations demo seeded');
}
