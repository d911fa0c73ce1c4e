import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import {
  CREATE_DONOR,
  DISTRIBUTE,
  HAND_OVER,
  RECORD_DONATION,
  STOCK_AT,
  directoryLookups,
  lineOf,
  startDonationsStack,
  type StockLine,
} from './helpers';

let stack: TestStack;
let admin: string;
let desk: string;
let lookups: ReturnType<typeof directoryLookups>;
let donorId: string;

beforeAll(async () => {
  stack = await startDonationsStack();
  [admin, desk] = await Promise.all([stack.login('admin'), stack.login('donations')]);
  lookups = directoryLookups(stack, () => admin);
  donorId = ok(
    await stack.query<any>(
      CREATE_DONOR,
      { input: { name: 'Công ty Cổ phần Viễn thông Thử nghiệm', kind: 'BUSINESS' } },
      desk,
    ),
  ).createDonor.id;
});
afterAll(() => stack?.stop());

const give = async (wardCode: string, items: { category: string; quantity: number }[]) =>
  ok(
    await stack.query(
      RECORD_DONATION,
      {
        input: {
          donorId,
          receivedAt: '2026-11-10',
          unitId: await lookups.unitId(wardCode),
          items: items.map((i) => ({ ...i, description: 'Thiết bị tài trợ' })),
        },
      },
      desk,
    ),
  );
const stockOf = async (code: string) =>
  ok(await stack.query<{ stock: StockLine[] }>(STOCK_AT, { u: await lookups.unitId(code) }, desk)).stock;
const teamsOf = (ward: string, numbers: number[]) =>
  Promise.all(numbers.map((n) => lookups.unitId(`${ward}-TDP${n}-CNS`)));
const handoverCount = async () =>
  ok(await stack.query<any>('{ handovers { totalCount } }', {}, desk)).handovers.totalCount as number;

describe(`stock under concurrent handovers (${dialectUnderTest})`, () => {
  test('ten desks racing for the last three phones: exactly three succeed, the others are OUT_OF_STOCK, stock never below zero', async () => {
    await give('HN-CN', [{ category: 'PHONE', quantity: 3 }]);
    const teams = await teamsOf('HN-CN', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const results = await Promise.all(
      teams.map(async (team) =>
        stack.query<any>(
          HAND_OVER,
          {
            input: {
              recipientUnitId: team,
              fromUnitId: await lookups.unitId('HN-CN'),
              handedOverAt: '2026-11-20',
              items: [{ category: 'PHONE', quantity: 1 }],
            },
          },
          desk,
        ),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(3);
    expect(results.filter((r) => r.errors).flatMap(codes)).toEqual(Array(7).fill('OUT_OF_STOCK'));
    const numbers = succeeded.map((r) => r.data.handOver.recordNo);
    expect(new Set(numbers).size).toBe(3);
    expect(lineOf(await stockOf('HN-CN'), 'PHONE')).toEqual({
      category: 'PHONE',
      received: 3,
      handedOver: 3,
      available: 0,
    });
  });

  test('racing for two at a time out of five: two succeed and one is left', async () => {
    await give('HN-CN', [{ category: 'NETWORK_EQUIPMENT', quantity: 5 }]);
    const teams = await teamsOf('HN-CN', [1, 2, 3, 4, 5, 6]);
    const results = await Promise.all(
      teams.map(async (team) =>
        stack.query(
          HAND_OVER,
          {
            input: {
              recipientUnitId: team,
              fromUnitId: await lookups.unitId('HN-CN'),
              handedOverAt: '2026-11-20',
              items: [{ category: 'NETWORK_EQUIPMENT', quantity: 2 }],
            },
          },
          desk,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(lineOf(await stockOf('HN-CN'), 'NETWORK_EQUIPMENT')).toMatchObject({
      handedOver: 4,
      available: 1,
    });
  });
});

describe(`one of each to every team (${dialectUnderTest})`, () => {
  const oneOfEach = [
    { category: 'COMPUTER', quantity: 1 },
    { category: 'PRINTER', quantity: 1 },
    { category: 'FURNITURE_SET', quantity: 1 },
  ];

  test('is refused as a whole when the stock cannot cover every team', async () => {
    await give('HN-LN', [
      { category: 'COMPUTER', quantity: 10 },
      { category: 'PRINTER', quantity: 9 },
      { category: 'FURNITURE_SET', quantity: 10 },
    ]);
    const before = await handoverCount();
    const teams = await teamsOf('HN-LN', [20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    const result = await stack.query(
      DISTRIBUTE,
      {
        input: {
          teams: teams.map((unitId) => ({ unitId })),
          itemsPerTeam: oneOfEach,
          handedOverAt: '2026-11-21',
          fromUnitId: await lookups.unitId('HN-LN'),
        },
      },
      desk,
    );
    expect(codes(result)).toEqual(['OUT_OF_STOCK']);
    expect(result.errors![0].message).toMatch(/PRINTER: 10 requested, 9 available/);
    expect(await handoverCount()).toBe(before);
    expect(lineOf(await stockOf('HN-LN'), 'COMPUTER')).toMatchObject({ handedOver: 0, available: 10 });
  });

  test('gives one handover per team, signed for by each team leader, when it can', async () => {
    await give('HN-LN', [{ category: 'PRINTER', quantity: 1 }]);
    const teams = await teamsOf('HN-LN', [20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    const leaders = await Promise.all(teams.map((t) => lookups.leaderOf(t)));
    const input = {
      teams: teams.map((unitId, i) => ({ unitId, receivedById: leaders[i] })),
      itemsPerTeam: oneOfEach,
      handedOverAt: '2026-11-21',
      fromUnitId: await lookups.unitId('HN-LN'),
    };
    const handovers = ok(await stack.query<any>(DISTRIBUTE, { input }, desk)).distributeToTeams;
    expect(handovers).toHaveLength(10);
    expect(handovers.map((h: any) => h.recipient.code)).toEqual(
      teams.map((_, i) => `HN-LN-TDP${20 + i}-CNS`),
    );
    expect(handovers.every((h: any) => h.receivedBy?.fullName && h.items.length === 3)).toBe(true);
    expect(new Set(handovers.map((h: any) => h.recordNo)).size).toBe(10);
    const stock = await stockOf('HN-LN');
    expect(stock.map((l) => l.available)).toEqual([0, 0, 0]);
  });

  test('refuses a unit that is not a community team, a team listed twice, and an empty list', async () => {
    const ward = await lookups.unitId('HN-LN');
    const team = await lookups.unitId('HN-LN-TDP20-CNS');
    const notATeam = await stack.query(
      DISTRIBUTE,
      { input: { teams: [{ unitId: ward }], itemsPerTeam: oneOfEach, handedOverAt: '2026-11-21' } },
      desk,
    );
    expect(codes(notATeam)).toEqual(['BAD_USER_INPUT']);
    const twice = await stack.query(
      DISTRIBUTE,
      {
        input: {
          teams: [{ unitId: team }, { unitId: team }],
          itemsPerTeam: oneOfEach,
          handedOverAt: '2026-11-21',
        },
      },
      desk,
    );
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    const none = await stack.query(
      DISTRIBUTE,
      { input: { teams: [], itemsPerTeam: oneOfEach, handedOverAt: '2026-11-21' } },
      desk,
    );
    expect(codes(none)).toEqual(['BAD_USER_INPUT']);
  });
});
