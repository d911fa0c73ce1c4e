import { pendingSchemaChanges } from '@dx/subgraph-kit';
import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import {
  CREATE_DONOR,
  HAND_OVER,
  RECORD_DONATION,
  STOCK_AT,
  VOID,
  directoryLookups,
  lineOf,
  startDonationsStack,
  type StockLine,
} from './helpers';

let stack: TestStack;
let admin: string;
let desk: string;
let viewer: string;
let member: string;
let lookups: ReturnType<typeof directoryLookups>;
let donorId: string;

beforeAll(async () => {
  stack = await startDonationsStack();
  [admin, desk, viewer, member] = await Promise.all(
    ['admin', 'donations', 'viewer', 'member'].map((u) => stack.login(u)),
  );
  lookups = directoryLookups(stack, () => admin);
});
afterAll(() => stack?.stop());

const stockOf = async (code: string, token = desk) =>
  ok(await stack.query<{ stock: StockLine[] }>(STOCK_AT, { u: await lookups.unitId(code) }, token)).stock;

describe(`donations desk through the gateway (${dialectUnderTest})`, () => {
  test('the migrations describe exactly what the entities need', async () => {
    expect(await pendingSchemaChanges(stack.services.donations.dataSource)).toEqual([]);
  });

  describe('donors', () => {
    test('the desk adds a donor; the kind must be a known one', async () => {
      const created = ok(
        await stack.query<any>(
          CREATE_DONOR,
          {
            input: {
              name: 'Nguồn xã hội hóa phường Lĩnh Nam',
              kind: 'SOCIAL_SOURCES',
              contact: '024 3864 0000',
            },
          },
          desk,
        ),
      );
      donorId = created.createDonor.id;
      expect(created.createDonor).toMatchObject({ kind: 'SOCIAL_SOURCES', version: 1 });
      const bad = await stack.query(CREATE_DONOR, { input: { name: 'X', kind: 'ALIEN' } }, desk);
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0].message).toMatch(/SOCIAL_SOURCES/);
      expect(codes(await stack.query(CREATE_DONOR, { input: { name: '', kind: 'BUSINESS' } }, desk))).toEqual(
        ['BAD_USER_INPUT'],
      );
    });

    test('only the desk changes donors, and a stale edit is refused', async () => {
      expect(
        codes(await stack.query(CREATE_DONOR, { input: { name: 'Y', kind: 'BUSINESS' } }, viewer)),
      ).toEqual(['FORBIDDEN']);
      const update =
        'mutation ($id: ID!, $v: Int!) { updateDonor(id: $id, version: $v, input: { contact: "lienhe@example.vn" }) { version contact } }';
      expect(ok(await stack.query<any>(update, { id: donorId, v: 1 }, desk)).updateDonor).toEqual({
        version: 2,
        contact: 'lienhe@example.vn',
      });
      expect(codes(await stack.query(update, { id: donorId, v: 1 }, desk))).toEqual(['CONFLICT']);
    });
  });

  describe('donations and stock', () => {
    test("a donation goes into the ward's store", async () => {
      const ward = await lookups.unitId('HN-LN');
      const input = {
        donorId,
        receivedAt: '2026-11-02',
        unitId: ward,
        items: [
          {
            category: 'COMPUTER',
            description: 'Máy tính để bàn',
            quantity: 3,
            serialNumbers: ['PC-01', 'PC-02'],
            estimatedValueVnd: 45_000_000,
          },
          { category: 'PRINTER', description: 'Máy in laser', quantity: 2 },
        ],
      };
      const recorded = ok(await stack.query<any>(RECORD_DONATION, { input }, desk)).recordDonation;
      expect(recorded).toMatchObject({
        receivedAt: '2026-11-02',
        holder: { id: ward },
        donor: { name: 'Nguồn xã hội hóa phường Lĩnh Nam' },
      });
      expect(recorded.items[0]).toMatchObject({
        serialNumbers: ['PC-01', 'PC-02'],
        estimatedValueVnd: 45_000_000,
      });
      expect(lineOf(await stockOf('HN-LN'), 'COMPUTER')).toEqual({
        category: 'COMPUTER',
        received: 3,
        handedOver: 0,
        available: 3,
      });
    });

    test.each([
      [{ quantity: 0 }, 'BAD_USER_INPUT'],
      [{ quantity: 1, serialNumbers: ['A', 'B'] }, 'BAD_USER_INPUT'],
      [{ quantity: 1, estimatedValueVnd: -1 }, 'BAD_USER_INPUT'],
    ])('an item line %p is refused', async (line, code) => {
      const input = {
        donorId,
        receivedAt: '2026-11-02',
        items: [{ category: 'PHONE', description: 'Điện thoại', ...line }],
      };
      expect(codes(await stack.query(RECORD_DONATION, { input }, desk))).toEqual([code]);
    });

    test('an unknown donor or a malformed date is refused', async () => {
      const items = [{ category: 'PHONE', description: 'Điện thoại', quantity: 1 }];
      expect(
        codes(
          await stack.query(
            RECORD_DONATION,
            { input: { donorId: '999', receivedAt: '2026-11-02', items } },
            desk,
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      const badDate = await stack.query(
        RECORD_DONATION,
        { input: { donorId, receivedAt: '2026-13-40', items } },
        desk,
      );
      expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
      expect(badDate.errors![0].message).toMatch(/YYYY-MM-DD/);
      expect(badDate.data?.recordDonation ?? null).toBeNull();
    });
  });

  describe('handovers', () => {
    let first: any;

    test('a handover takes from the chosen store, numbers the record and shows on the unit', async () => {
      const team = await lookups.unitId('HN-LN-TDP20-CNS');
      const leader = await lookups.leaderOf(team);
      const input = {
        recipientUnitId: team,
        fromUnitId: await lookups.unitId('HN-LN'),
        handedOverAt: '2026-11-05',
        receivedById: leader,
        items: [
          { category: 'COMPUTER', quantity: 1, serialNumbers: ['PC-01'] },
          { category: 'PRINTER', quantity: 1 },
        ],
      };
      first = ok(await stack.query<any>(HAND_OVER, { input }, desk)).handOver;
      expect(first.recordNo).toMatch(/^BB-2026-\d{4}$/);
      expect(first).toMatchObject({
        status: 'ACTIVE',
        recipient: { code: 'HN-LN-TDP20-CNS' },
        giver: { code: 'HN-LN' },
        handedOverBy: { fullName: 'Hoàng Văn Tùng' },
      });
      expect(first.receivedBy.fullName).toBeTruthy();
      expect(lineOf(await stockOf('HN-LN'), 'COMPUTER')).toMatchObject({ handedOver: 1, available: 2 });
      const unit = ok(
        await stack.query<any>(
          'query ($id: ID!) { unit(id: $id) { code handoversReceived { recordNo items { category quantity } } } }',
          { id: team },
          desk,
        ),
      );
      expect(unit.unit.handoversReceived).toEqual([
        {
          recordNo: first.recordNo,
          items: [
            { category: 'COMPUTER', quantity: 1 },
            { category: 'PRINTER', quantity: 1 },
          ],
        },
      ]);
    });

    test('more than is available is refused with OUT_OF_STOCK, saying what is available', async () => {
      const input = {
        recipientUnitId: await lookups.unitId('HN-LN-TDP21-CNS'),
        fromUnitId: await lookups.unitId('HN-LN'),
        handedOverAt: '2026-11-05',
        items: [{ category: 'COMPUTER', quantity: 5 }],
      };
      const result = await stack.query(HAND_OVER, { input }, desk);
      expect(codes(result)).toEqual(['OUT_OF_STOCK']);
      expect(result.errors![0].message).toMatch(/COMPUTER: 5 requested, 2 available/);
      expect(result.errors![0].message).toMatch(/Phường Lĩnh Nam/);
      const nothing = { ...input, items: [{ category: 'NETWORK_EQUIPMENT', quantity: 1 }] };
      expect(codes(await stack.query(HAND_OVER, { input: nothing }, desk))).toEqual(['OUT_OF_STOCK']);
    });

    test('a void returns the items and keeps the record; the items can be handed over again', async () => {
      const voided = ok(
        await stack.query<any>(VOID, { id: first.id, reason: 'Nhầm tổ nhận' }, desk),
      ).voidHandover;
      expect(voided).toMatchObject({
        status: 'VOIDED',
        voidReason: 'Nhầm tổ nhận',
        recordNo: first.recordNo,
      });
      expect(lineOf(await stockOf('HN-LN'), 'COMPUTER')).toMatchObject({ handedOver: 0, available: 3 });
      expect(codes(await stack.query(VOID, { id: first.id, reason: 'lần hai' }, desk))).toEqual(['CONFLICT']);
      expect(codes(await stack.query(VOID, { id: first.id, reason: '' }, desk))).toEqual(['BAD_USER_INPUT']);
      const input = {
        recipientUnitId: await lookups.unitId('HN-LN-TDP21-CNS'),
        fromUnitId: await lookups.unitId('HN-LN'),
        handedOverAt: '2026-11-06',
        items: [{ category: 'COMPUTER', quantity: 3, serialNumbers: ['PC-01', 'PC-02'] }],
      };
      const again = ok(await stack.query<any>(HAND_OVER, { input }, desk)).handOver;
      expect(again.recordNo).not.toBe(first.recordNo);
      expect(lineOf(await stockOf('HN-LN'), 'COMPUTER')).toMatchObject({ handedOver: 3, available: 0 });
      const history = ok(
        await stack.query<any>('{ handovers(status: VOIDED) { nodes { recordNo voidReason } } }', {}, desk),
      );
      expect(history.handovers.nodes).toEqual([{ recordNo: first.recordNo, voidReason: 'Nhầm tổ nhận' }]);
    });

    test('references are validated with codes', async () => {
      const items = [{ category: 'PRINTER', quantity: 1 }];
      const ghostUnit = await stack.query(
        HAND_OVER,
        { input: { recipientUnitId: '99999', handedOverAt: '2026-11-06', items } },
        desk,
      );
      expect(codes(ghostUnit)).toEqual(['NOT_FOUND']);
      const team = await lookups.unitId('HN-LN-TDP22-CNS');
      const ghostPerson = await stack.query(
        HAND_OVER,
        { input: { recipientUnitId: team, receivedById: '99999', handedOverAt: '2026-11-06', items } },
        desk,
      );
      expect(codes(ghostPerson)).toEqual(['NOT_FOUND']);
      const wrongStore = await stack.query(
        HAND_OVER,
        {
          input: {
            recipientUnitId: team,
            fromUnitId: await lookups.unitId('HN-CN'),
            handedOverAt: '2026-11-06',
            items,
          },
        },
        desk,
      );
      expect(codes(wrongStore)).toEqual(['BAD_USER_INPUT']);
      const zero = await stack.query(
        HAND_OVER,
        {
          input: {
            recipientUnitId: team,
            handedOverAt: '2026-11-06',
            items: [{ category: 'PRINTER', quantity: 0 }],
          },
        },
        desk,
      );
      expect(codes(zero)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('roles and unit scope', () => {
    test('only the desk hands over, and only inside its own scope', async () => {
      const items = [{ category: 'PRINTER', quantity: 1 }];
      const team = await lookups.unitId('HN-LN-TDP22-CNS');
      expect(
        codes(
          await stack.query(
            HAND_OVER,
            { input: { recipientUnitId: team, handedOverAt: '2026-11-06', items } },
            member,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      const lamDong = await lookups.unitId('LD-SKHCN');
      expect(
        codes(
          await stack.query(
            HAND_OVER,
            { input: { recipientUnitId: lamDong, handedOverAt: '2026-11-06', items } },
            desk,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    });

    test("stock and handovers outside the caller's scope are not shown", async () => {
      const items = [{ category: 'PHONE', description: 'Điện thoại thông minh', quantity: 4 }];
      ok(
        await stack.query(
          RECORD_DONATION,
          { input: { donorId, receivedAt: '2026-11-03', unitId: await lookups.unitId('LD'), items } },
          admin,
        ),
      );
      const all = ok(await stack.query<any>('{ stock { category available } }', {}, admin)).stock;
      const desks = ok(await stack.query<any>('{ stock { category available } }', {}, desk)).stock;
      expect(lineOf(all, 'PHONE')).toMatchObject({ available: 4 });
      expect(lineOf(desks, 'PHONE')).toBeUndefined();
      expect(ok(await stack.query<any>('{ stock { category } }', {}, viewer)).stock.length).toBeGreaterThan(
        0,
      );
    });
  });

  describe('reports and audit', () => {
    test('by recipient, by donor and by category', async () => {
      const data = ok(
        await stack.query<any>(
          `{ donationReportByRecipient { recipient { code } category quantity handovers }
             donationReportByDonor { donor { name } category quantity donations estimatedValueVnd }
             donationReportByCategory { category received handedOver available recipients estimatedValueVnd } }`,
          {},
          desk,
        ),
      );
      expect(data.donationReportByRecipient).toEqual([
        { recipient: { code: 'HN-LN-TDP21-CNS' }, category: 'COMPUTER', quantity: 3, handovers: 1 },
      ]);
      expect(data.donationReportByDonor).toContainEqual({
        donor: { name: 'Nguồn xã hội hóa phường Lĩnh Nam' },
        category: 'COMPUTER',
        quantity: 3,
        donations: 1,
        estimatedValueVnd: 45_000_000,
      });
      expect(lineOf(data.donationReportByCategory, 'COMPUTER')).toEqual({
        category: 'COMPUTER',
        received: 3,
        handedOver: 3,
        available: 0,
        recipients: 1,
        estimatedValueVnd: 45_000_000,
      });
    });

    test('every change is in the audit log, for administrators', async () => {
      expect(codes(await stack.query('{ donationsAuditLog { totalCount } }', {}, desk))).toEqual([
        'FORBIDDEN',
      ]);
      const log = ok(
        await stack.query<any>(
          '{ donationsAuditLog(first: 100) { nodes { action actorUsername } } }',
          {},
          admin,
        ),
      );
      const actions = new Set(log.donationsAuditLog.nodes.map((n: { action: string }) => n.action));
      expect([...actions].sort()).toEqual([
        'createDonor',
        'handOver',
        'recordDonation',
        'updateDonor',
        'voidHandover',
      ]);
    });
  });
});
