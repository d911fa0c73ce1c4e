import { ok, type TestStack } from '@dx/test-kit';
import {
  CREATE_DONOR,
  RECORD_DONATION,
  directoryLookups,
  startDonationsStack,
  type StockLine,
} from '../helpers';

export const TRANSFER =
  'mutation ($input: TransferStockInput!) { transferStock(input: $input) { id recordNo kind from { code } to { code } lines { category quantity serialNumbers } } }';
export const WRITE_OFF =
  'mutation ($input: WriteOffInput!) { writeOffStock(input: $input) { id recordNo reason } }';
export const RETURN =
  'mutation ($input: ReturnEquipmentInput!) { returnEquipment(input: $input) { id recordNo } }';
export const PIECE =
  'query ($s: String!) { equipment(serial: $s) { serial status model store { code } team { code } donor { name } handoverRecordNo history { kind occurredOn from { code } to { code } documentNo reason } } }';
export const VOID_DONATION =
  'mutation ($id: ID!, $v: Int!, $r: String!) { voidDonation(id: $id, version: $v, reason: $r) { id status version } }';
export const CORRECT =
  'mutation ($id: ID!, $v: Int!, $input: CorrectDonationInput!) { correctDonation(id: $id, version: $v, input: $input) { id version receivedAt changeReason items { category quantity } } }';
export const ACCEPT =
  'mutation ($id: ID!, $input: AcceptanceInput!) { recordHandoverAcceptance(id: $id, input: $input) { id acceptedBy { fullName } acceptedOn acceptanceScanUrl } }';

/** LN-MT-001, LN-MT-002, … */
export const serials = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);

/**
 * What every stores scenario starts from: its own stack (directory demo + donations, fresh databases),
 * the admin's and the Hanoi donations desk's sessions, one donor, and the city (HN) and Lĩnh Nam ward
 * (HN-LN) stores. Call it at the top of a test file; the fields are filled before the first test.
 */
export function storesFixture() {
  const f = {
    stack: undefined as unknown as TestStack,
    admin: '',
    desk: '',
    lookups: undefined as unknown as ReturnType<typeof directoryLookups>,
    donorId: '',
    city: '',
    ward: '',
    /** Records a donation from the fixture's donor at a store (received 2026-11-10). */
    give: (unitId: string, items: object[], extra: object = {}) =>
      f.stack.query<any>(
        RECORD_DONATION,
        { input: { donorId: f.donorId, receivedAt: '2026-11-10', unitId, items, ...extra } },
        f.desk,
      ),
    /** Stock per store at and under a unit. */
    stockOf: async (code: string): Promise<(StockLine & { holder?: { id: string } })[]> =>
      ok(
        await f.stack.query<any>(
          `query ($u: ID) { stock(unitId: $u, byStore: true) { category received handedOver available holder { id } } }`,
          { u: await f.lookups.unitId(code) },
          f.desk,
        ),
      ).stock,
    /** One category's line of one store (the store of the unit with that code). */
    storeLine: async (code: string, category: string) => {
      const store = await f.lookups.unitId(code);
      return (await f.stockOf(code)).find((l) => l.category === category && l.holder?.id === store);
    },
  };

  beforeAll(async () => {
    f.stack = await startDonationsStack();
    [f.admin, f.desk] = await Promise.all([f.stack.login('admin'), f.stack.login('donations')]);
    f.lookups = directoryLookups(f.stack, () => f.admin);
    f.donorId = ok(
      await f.stack.query<any>(
        CREATE_DONOR,
        { input: { name: 'Nguồn xã hội hóa (thử)', kind: 'SOCIAL_SOURCES' } },
        f.desk,
      ),
    ).createDonor.id;
    [f.city, f.ward] = await Promise.all([f.lookups.unitId('HN'), f.lookups.unitId('HN-LN')]);
  });
  afterAll(() => f.stack?.stop());

  return f;
}
