import pino from 'pino';
import { dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { definition } from '@dx/service-donations';
import { startDonationsStack } from './helpers';

let stack: TestStack;
let admin: string;

beforeAll(async () => {
  stack = await startDonationsStack();
  admin = await stack.login('admin');
});
afterAll(() => stack?.stop());

const seed = () =>
  definition.seedDemo!({
    dataSource: stack.services.donations.dataSource,
    log: pino({ level: 'silent' }),
    gateway: async (query, variables) => ok(await stack.query<any>(query, variables, admin)),
  });

test(`the demo tells Linh Nam's story, once (${dialectUnderTest})`, async () => {
  await seed();
  await seed();
  const data = ok(
    await stack.query<any>(
      `{ stock(byStore: true) { category received handedOver available }
         handovers(first: 100) { totalCount nodes { recordNo handedOverAt recipient { code } receivedBy { position } witness { fullName } items { category quantity serialNumbers } } } }`,
      {},
      admin,
    ),
  );
  expect(data.stock).toEqual([
    { category: 'COMPUTER', received: 10, handedOver: 10, available: 0 },
    { category: 'PRINTER', received: 10, handedOver: 10, available: 0 },
    { category: 'FURNITURE_SET', received: 10, handedOver: 10, available: 0 },
    { category: 'NETWORK_EQUIPMENT', received: 6, handedOver: 0, available: 6 },
  ]);
  expect(data.handovers.totalCount).toBe(10);
  const codes = data.handovers.nodes.map((h: any) => h.recipient.code).sort();
  expect(codes).toEqual(Array.from({ length: 10 }, (_, i) => `HN-LN-TDP${20 + i}-CNS`));
  const first = data.handovers.nodes.find((h: any) => h.recipient.code === 'HN-LN-TDP20-CNS');
  expect(first).toMatchObject({
    recordNo: 'BB-2026-0001',
    handedOverAt: '2026-10-10',
    receivedBy: { position: 'Tổ trưởng tổ công nghệ số' },
  });
  expect(first.items.find((i: any) => i.category === 'COMPUTER').serialNumbers).toEqual(['LN-MT-001']);
  expect(first.witness.fullName).toBeTruthy();
});
