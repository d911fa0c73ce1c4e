import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import {
  CREATE_DONOR,
  HAND_OVER,
  RECORD_DONATION,
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
let city: string;
let ward: string;

const TRANSFER =
  'mutation ($input: TransferStockInput!) { transferStock(input: $input) { id recordNo kind from { code } to { code } lines { category quantity serialNumbers } } }';
const WRITE_OFF = 'mutation ($input: WriteOffInput!) { writeOffStock(input: $input) { id recordNo reason } }';
const RETURN = 'mutation ($input: ReturnEquipmentInput!) { returnEquipment(input: $input) { id recordNo } }';
const PIECE =
  'query ($s: String!) { equipment(serial: $s) { serial status model store { code } team { code } donor { name } handoverRecordNo history { kind occurredOn from { code } to { code } documentNo reason } } }';
const VOID_DONATION =
  'mutation ($id: ID!, $v: Int!, $r: String!) { voidDonation(id: $id, version: $v, reason: $r) { id status version } }';
const CORRECT =
  'mutation ($id: ID!, $v: Int!, $input: CorrectDonationInput!) { correctDonation(id: $id, version: $v, input: $input) { id version receivedAt changeReason items { category quantity } } }';
const ACCEPT =
  'mutation ($id: ID!, $input: AcceptanceInput!) { recordHandoverAcceptance(id: $id, input: $input) { id acceptedBy { fullName } acceptedOn acceptanceScanUrl } }';

const serials = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);
const stockOf = async (code: string) =>
  ok(
    await stack.query<{ stock: StockLine[] }>(
      `query ($u: ID) { stock(unitId: $u, byStore: true) { category received handedOver available holder { id } } }`,
      { u: await lookups.unitId(code) },
      desk,
    ),
  ).stock;
const storeLine = async (code: string, category: string) =>
  (await stockOf(code)).find(
    (l: any) =>
      l.category === category &&
      l.holder?.id === (code === 'HN' ? city : code === 'HN-LN' ? ward : l.holder?.id),
  );

beforeAll(async () => {
  stack = await startDonationsStack();
  [admin, desk] = await Promise.all([stack.login('admin'), stack.login('donations')]);
  lookups = directoryLookups(stack, () => admin);
  donorId = ok(
    await stack.query<any>(
      CREATE_DONOR,
      { input: { name: 'Nguồn xã hội hóa (thử)', kind: 'SOCIAL_SOURCES' } },
      desk,
    ),
  ).createDonor.id;
  [city, ward] = await Promise.all([lookups.unitId('HN'), lookups.unitId('HN-LN')]);
});
afterAll(() => stack?.stop());

const give = (unitId: string, items: object[], extra: object = {}) =>
  stack.query<any>(
    RECORD_DONATION,
    { input: { donorId, receivedAt: '2026-11-10', unitId, items, ...extra } },
    desk,
  );

describe(`receipt guards (${dialectUnderTest})`, () => {
  test('a receipt dated after today is refused with a message key; never clamped', async () => {
    const item = { category: 'PHONE', description: 'Điện thoại', quantity: 1 };
    const future = await stack.query<any>(
      RECORD_DONATION,
      { input: { donorId, receivedAt: '2099-01-01', unitId: ward, items: [item] } },
      desk,
    );
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors![0].extensions).toMatchObject({
      messageKey: 'errors.receivedAfterToday',
      field: 'receivedAt',
    });
    expect(codes(await give(ward, [{ ...item, quantity: 100_001 }]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await give(ward, [{ ...item, quantity: 0 }]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await give(ward, [{ ...item, estimatedValueVnd: 99_999_999_999 }]))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(lineOf(await stockOf('HN-LN'), 'PHONE')).toBeUndefined();
  });

  test('the same form submitted twice (same request key, at once) records one donation', async () => {
    const item = { category: 'OTHER', description: 'Bộ lưu điện', quantity: 2 };
    const [a, b] = await Promise.all([
      give(ward, [item], { requestKey: 'form-1' }),
      give(ward, [item], { requestKey: 'form-1' }),
    ]);
    expect(ok(a).recordDonation.id).toBe(ok(b).recordDonation.id);
    const again = ok(await give(ward, [item], { requestKey: 'form-1' })).recordDonation;
    expect(again.id).toBe(ok(a).recordDonation.id);
    expect((await stockOf('HN-LN')).find((l) => l.category === 'OTHER')).toMatchObject({
      received: 2,
      available: 2,
    });
  });

  test('a serial already recorded is refused', async () => {
    ok(
      await give(ward, [
        { category: 'PHONE', description: 'Điện thoại', quantity: 1, serialNumbers: ['DUP-1'] },
      ]),
    );
    const twice = await give(ward, [
      { category: 'PHONE', description: 'Điện thoại', quantity: 1, serialNumbers: ['dup-1'] },
    ]);
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(twice.errors![0].message).toMatch(/DUP-1|dup-1/);
  });
});

describe(`the Linh Nam gift, city store → ward store → team, by serial (${dialectUnderTest})`, () => {
  let handover: any;
  let donation: any;
  const pcs = serials('LN-MT', 10);
  const printers = serials('LN-MI', 10);

  test('received at the city store, transferred to the ward store with a PX record', async () => {
    donation = ok(
      await give(city, [
        {
          category: 'COMPUTER',
          description: 'Máy tính để bàn Dell OptiPlex',
          quantity: 10,
          serialNumbers: pcs,
          estimatedValueVnd: 150_000_000,
        },
        {
          category: 'PRINTER',
          description: 'Máy in laser Canon LBP',
          quantity: 10,
          serialNumbers: printers,
          estimatedValueVnd: 45_000_000,
        },
        {
          category: 'FURNITURE_SET',
          description: 'Bộ bàn ghế làm việc',
          quantity: 10,
          estimatedValueVnd: 30_000_000,
        },
      ]),
    ).recordDonation;
    const items = [
      { category: 'COMPUTER', quantity: 10, serialNumbers: pcs },
      { category: 'PRINTER', quantity: 10, serialNumbers: printers },
      { category: 'FURNITURE_SET', quantity: 10 },
    ];
    const transfer = ok(
      await stack.query<any>(
        TRANSFER,
        { input: { fromUnitId: city, toUnitId: ward, transferredAt: '2026-11-12', items } },
        desk,
      ),
    ).transferStock;
    expect(transfer).toMatchObject({ kind: 'TRANSFER', from: { code: 'HN' }, to: { code: 'HN-LN' } });
    expect(transfer.recordNo).toMatch(/^PX-2026-\d{4}$/);
    expect(await storeLine('HN', 'COMPUTER')).toMatchObject({ available: 0 });
    expect(await storeLine('HN-LN', 'COMPUTER')).toMatchObject({ available: 10 });
  });

  test('a handover from the empty city store is refused; from the ward store it picks serials', async () => {
    const team = await lookups.unitId('HN-LN-TDP20-CNS');
    const leader = await lookups.leaderOf(team);
    const items = [
      { category: 'COMPUTER', quantity: 1, serialNumbers: ['LN-MT-001'] },
      { category: 'PRINTER', quantity: 1, serialNumbers: ['LN-MI-001'] },
      { category: 'FURNITURE_SET', quantity: 1, condition: 'NEW' },
    ];
    const fromCity = await stack.query(
      HAND_OVER,
      { input: { recipientUnitId: team, fromUnitId: city, handedOverAt: '2026-11-13', items } },
      desk,
    );
    expect(codes(fromCity)).toEqual(['OUT_OF_STOCK']);
    const unpicked = await stack.query(
      HAND_OVER,
      {
        input: {
          recipientUnitId: team,
          fromUnitId: ward,
          handedOverAt: '2026-11-13',
          items: [{ category: 'COMPUTER', quantity: 1 }],
        },
      },
      desk,
    );
    expect(codes(unpicked)).toEqual(['SERIALS_REQUIRED']);
    handover = ok(
      await stack.query<any>(
        HAND_OVER,
        {
          input: {
            recipientUnitId: team,
            fromUnitId: ward,
            receivedById: leader,
            handedOverAt: '2026-11-13',
            items,
          },
        },
        desk,
      ),
    ).handOver;
    expect(handover.items.map((i: any) => i.serialNumbers)).toEqual([['LN-MT-001'], ['LN-MI-001'], []]);
    const piece = ok(await stack.query<any>(PIECE, { s: 'ln-mt-001' }, desk)).equipment;
    expect(piece).toMatchObject({
      status: 'HANDED_OVER',
      team: { code: 'HN-LN-TDP20-CNS' },
      store: null,
      handoverRecordNo: handover.recordNo,
    });
    expect(piece.history.map((h: any) => [h.kind, h.from?.code ?? null, h.to?.code ?? null])).toEqual([
      ['RECEIVED', null, 'HN'],
      ['TRANSFERRED', 'HN', 'HN-LN'],
      ['HANDED_OVER', 'HN-LN', 'HN-LN-TDP20-CNS'],
    ]);
    const pieces = ok(
      await stack.query<any>(
        'query ($id: ID!) { handover(id: $id) { items { pieces { serial model estimatedValueVnd condition } } } }',
        { id: handover.id },
        desk,
      ),
    );
    expect(pieces.handover.items[0].pieces).toEqual([
      {
        serial: 'LN-MT-001',
        model: 'Máy tính để bàn Dell OptiPlex',
        estimatedValueVnd: 15_000_000,
        condition: 'NEW',
      },
    ]);
    const held = ok(
      await stack.query<any>(
        'query ($u: ID!) { teamEquipment(unitId: $u) { holdings { category quantity } pieces { serial } } }',
        { u: team },
        desk,
      ),
    ).teamEquipment;
    expect(held.pieces.map((p: any) => p.serial).sort()).toEqual(['LN-MI-001', 'LN-MT-001']);
    expect(held.holdings).toContainEqual({ category: 'FURNITURE_SET', quantity: 1 });
  });

  test("the team leader's acceptance is recorded once, by someone of the team, not before the handover", async () => {
    const team = await lookups.unitId('HN-LN-TDP20-CNS');
    const leader = await lookups.leaderOf(team);
    const outsider = await lookups.leaderOf(await lookups.unitId('HN-LN-TDP21-CNS'));
    const input = {
      signedById: leader,
      signedOn: '2026-11-13',
      scanUrl: 'https://files.example.vn/bb/scan.pdf',
    };
    expect(
      codes(await stack.query(ACCEPT, { id: handover.id, input: { ...input, signedById: outsider } }, desk)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await stack.query(ACCEPT, { id: handover.id, input: { ...input, signedOn: '2026-11-01' } }, desk),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await stack.query(
          ACCEPT,
          { id: handover.id, input: { ...input, scanUrl: 'javascript:alert(1)' } },
          desk,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const accepted = ok(
      await stack.query<any>(ACCEPT, { id: handover.id, input }, desk),
    ).recordHandoverAcceptance;
    expect(accepted).toMatchObject({ acceptedOn: '2026-11-13', acceptanceScanUrl: input.scanUrl });
    expect(accepted.acceptedBy.fullName).toBeTruthy();
    expect(codes(await stack.query(ACCEPT, { id: handover.id, input }, desk))).toEqual(['CONFLICT']);
  });

  test('voiding or shrinking the donation whose items were handed over is refused with a clear message', async () => {
    const voided = await stack.query<any>(VOID_DONATION, { id: donation.id, v: 1, r: 'Ghi nhầm' }, desk);
    expect(codes(voided)).toEqual(['ITEMS_HANDED_OVER']);
    expect(voided.errors![0].message).toMatch(/LN-MT-001/);
    const lines = [
      { category: 'COMPUTER', description: 'Máy tính', quantity: 9, serialNumbers: pcs.slice(1) },
    ];
    const shrink = await stack.query(
      CORRECT,
      { id: donation.id, v: 1, input: { items: lines, reason: 'Đếm lại' } },
      desk,
    );
    expect(codes(shrink)).toEqual(['ITEMS_HANDED_OVER']);
    const future = await stack.query(
      CORRECT,
      { id: donation.id, v: 1, input: { receivedAt: '2099-01-01', reason: 'Sửa ngày' } },
      desk,
    );
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    const fixed = ok(
      await stack.query<any>(
        CORRECT,
        { id: donation.id, v: 1, input: { receivedAt: '2026-11-09', reason: 'Sửa ngày nhận' } },
        desk,
      ),
    ).correctDonation;
    expect(fixed).toMatchObject({ version: 2, receivedAt: '2026-11-09', changeReason: 'Sửa ngày nhận' });
    expect(
      codes(
        await stack.query(CORRECT, { id: donation.id, v: 1, input: { note: 'x', reason: 'Bản cũ' } }, desk),
      ),
    ).toEqual(['CONFLICT']);
  });

  test('a piece comes back from the team (TH) and can be written off (TL); never below zero', async () => {
    const team = await lookups.unitId('HN-LN-TDP20-CNS');
    const back = ok(
      await stack.query<any>(
        RETURN,
        {
          input: {
            teamUnitId: team,
            toUnitId: ward,
            returnedAt: '2026-11-20',
            serialNumbers: ['LN-MI-001'],
            reason: 'Hỏng trống mực',
          },
        },
        desk,
      ),
    ).returnEquipment;
    expect(back.recordNo).toMatch(/^TH-2026-/);
    expect(
      codes(
        await stack.query(
          RETURN,
          {
            input: {
              teamUnitId: team,
              toUnitId: ward,
              returnedAt: '2026-11-20',
              serialNumbers: ['LN-MI-001'],
            },
          },
          desk,
        ),
      ),
    ).toEqual(['SERIAL_NOT_AVAILABLE']);
    const off = ok(
      await stack.query<any>(
        WRITE_OFF,
        {
          input: {
            fromUnitId: ward,
            writtenOffAt: '2026-11-21',
            reason: 'BROKEN',
            items: [{ category: 'PRINTER', quantity: 1, serialNumbers: ['LN-MI-001'] }],
          },
        },
        desk,
      ),
    ).writeOffStock;
    expect(off).toMatchObject({ reason: 'BROKEN' });
    const history = ok(await stack.query<any>(PIECE, { s: 'LN-MI-001' }, desk)).equipment;
    expect(history.status).toBe('WRITTEN_OFF');
    expect(history.history.map((h: any) => h.kind)).toEqual([
      'RECEIVED',
      'TRANSFERRED',
      'HANDED_OVER',
      'RETURNED',
      'WRITTEN_OFF',
    ]);
    const tooMany = await stack.query(
      WRITE_OFF,
      {
        input: {
          fromUnitId: ward,
          writtenOffAt: '2026-11-21',
          reason: 'LOST',
          items: [{ category: 'FURNITURE_SET', quantity: 10 }],
        },
      },
      desk,
    );
    expect(codes(tooMany)).toEqual(['OUT_OF_STOCK']);
    expect(await storeLine('HN-LN', 'FURNITURE_SET')).toMatchObject({ available: 9 });
  });
});

describe(`what the gift became (${dialectUnderTest})`, () => {
  test('the thank-you letter names the teams that hold its pieces; the year report adds up', async () => {
    const letter = ok(
      await stack.query<any>(
        'query ($d: ID!) { donorThankYouLetter(donorId: $d) { given { category quantity } estimatedValueVnd placements { team { code } category quantity serialNumbers } } }',
        { d: donorId },
        desk,
      ),
    ).donorThankYouLetter;
    expect(letter.placements).toEqual([
      { team: { code: 'HN-LN-TDP20-CNS' }, category: 'COMPUTER', quantity: 1, serialNumbers: ['LN-MT-001'] },
    ]);
    expect(letter.given).toContainEqual({ category: 'COMPUTER', quantity: 10 });
    expect(letter.estimatedValueVnd).toBeGreaterThanOrEqual(225_000_000);
    const years = ok(
      await stack.query<any>('{ donationReportByYear { year received handedOver handovers } }', {}, desk),
    ).donationReportByYear;
    expect(years[0]).toMatchObject({ year: 2026, handovers: 1, handedOver: 3 });
    expect(years[0].received).toBeGreaterThanOrEqual(30);
  });
});

describe(`races on one store (${dialectUnderTest})`, () => {
  test('transfers and handovers racing for five phones: exactly five succeed, never below zero', async () => {
    const cuaNam = await lookups.unitId('HN-CN');
    ok(await give(cuaNam, [{ category: 'PHONE', description: 'Điện thoại', quantity: 5 }]));
    const teams = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => lookups.unitId(`HN-CN-TDP${n}-CNS`)));
    const items = [{ category: 'PHONE', quantity: 1 }];
    const results = await Promise.all([
      ...teams.map((team) =>
        stack.query(
          HAND_OVER,
          { input: { recipientUnitId: team, fromUnitId: cuaNam, handedOverAt: '2026-11-20', items } },
          desk,
        ),
      ),
      ...teams.map(() =>
        stack.query(
          TRANSFER,
          { input: { fromUnitId: cuaNam, toUnitId: ward, transferredAt: '2026-11-20', items } },
          desk,
        ),
      ),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.filter((r) => r.errors).flatMap(codes)).toEqual(Array(7).fill('OUT_OF_STOCK'));
    const line = (await stockOf('HN-CN')).find((l: any) => l.category === 'PHONE' && l.holder?.id === cuaNam);
    expect(line).toMatchObject({ available: 0 });
  });

  test('one serial raced to two teams and a transfer: it ends in exactly one place', async () => {
    const cuaNam = await lookups.unitId('HN-CN');
    ok(
      await give(cuaNam, [
        {
          category: 'NETWORK_EQUIPMENT',
          description: 'Bộ phát Wi-Fi',
          quantity: 3,
          serialNumbers: ['WIFI-1', 'WIFI-2', 'WIFI-3'],
        },
      ]),
    );
    const [t1, t2] = await Promise.all([lookups.unitId('HN-CN-TDP1-CNS'), lookups.unitId('HN-CN-TDP2-CNS')]);
    const items = [{ category: 'NETWORK_EQUIPMENT', quantity: 1, serialNumbers: ['WIFI-2'] }];
    const results = await Promise.all([
      stack.query(
        HAND_OVER,
        { input: { recipientUnitId: t1, fromUnitId: cuaNam, handedOverAt: '2026-11-20', items } },
        desk,
      ),
      stack.query(
        HAND_OVER,
        { input: { recipientUnitId: t2, fromUnitId: cuaNam, handedOverAt: '2026-11-20', items } },
        desk,
      ),
      stack.query(
        TRANSFER,
        { input: { fromUnitId: cuaNam, toUnitId: ward, transferredAt: '2026-11-20', items } },
        desk,
      ),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).flatMap(codes)).toEqual(Array(2).fill('SERIAL_NOT_AVAILABLE'));
    const piece = ok(await stack.query<any>(PIECE, { s: 'WIFI-2' }, admin)).equipment;
    const places = piece.history.filter((h: any) => h.kind !== 'RECEIVED');
    expect(places).toHaveLength(1);
    const line = (await stockOf('HN-CN')).find(
      (l: any) => l.category === 'NETWORK_EQUIPMENT' && l.holder?.id === cuaNam,
    );
    expect(line).toMatchObject({ available: 2 });
  });
});
