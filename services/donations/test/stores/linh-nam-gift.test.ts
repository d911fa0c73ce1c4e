import { codes, dialectUnderTest, ok } from '@dx/test-kit';
import { HAND_OVER } from '../helpers';
import {
  ACCEPT,
  CORRECT,
  PIECE,
  RETURN,
  TRANSFER,
  VOID_DONATION,
  WRITE_OFF,
  serials,
  storesFixture,
} from './fixture';

const f = storesFixture();

describe(`the Linh Nam gift, f.city store → f.ward store → team, by serial (${dialectUnderTest})`, () => {
  let handover: any;
  let donation: any;
  const pcs = serials('LN-MT', 10);
  const printers = serials('LN-MI', 10);

  test('received at the f.city store, transferred to the f.ward store with a PX record', async () => {
    donation = ok(
      await f.give(f.city, [
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
      await f.stack.query<any>(
        TRANSFER,
        { input: { fromUnitId: f.city, toUnitId: f.ward, transferredAt: '2026-11-12', items } },
        f.desk,
      ),
    ).transferStock;
    expect(transfer).toMatchObject({ kind: 'TRANSFER', from: { code: 'HN' }, to: { code: 'HN-LN' } });
    expect(transfer.recordNo).toMatch(/^PX-2026-\d{4}$/);
    expect(await f.storeLine('HN', 'COMPUTER')).toMatchObject({ available: 0 });
    expect(await f.storeLine('HN-LN', 'COMPUTER')).toMatchObject({ available: 10 });
  });

  test('a handover from the empty f.city store is refused; from the f.ward store it picks serials', async () => {
    const team = await f.lookups.unitId('HN-LN-TDP20-CNS');
    const leader = await f.lookups.leaderOf(team);
    const items = [
      { category: 'COMPUTER', quantity: 1, serialNumbers: ['LN-MT-001'] },
      { category: 'PRINTER', quantity: 1, serialNumbers: ['LN-MI-001'] },
      { category: 'FURNITURE_SET', quantity: 1, condition: 'NEW' },
    ];
    const fromCity = await f.stack.query(
      HAND_OVER,
      { input: { recipientUnitId: team, fromUnitId: f.city, handedOverAt: '2026-11-13', items } },
      f.desk,
    );
    expect(codes(fromCity)).toEqual(['OUT_OF_STOCK']);
    const unpicked = await f.stack.query(
      HAND_OVER,
      {
        input: {
          recipientUnitId: team,
          fromUnitId: f.ward,
          handedOverAt: '2026-11-13',
          items: [{ category: 'COMPUTER', quantity: 1 }],
        },
      },
      f.desk,
    );
    expect(codes(unpicked)).toEqual(['SERIALS_REQUIRED']);
    handover = ok(
      await f.stack.query<any>(
        HAND_OVER,
        {
          input: {
            recipientUnitId: team,
            fromUnitId: f.ward,
            receivedById: leader,
            handedOverAt: '2026-11-13',
            items,
          },
        },
        f.desk,
      ),
    ).handOver;
    expect(handover.items.map((i: any) => i.serialNumbers)).toEqual([['LN-MT-001'], ['LN-MI-001'], []]);
    const piece = ok(await f.stack.query<any>(PIECE, { s: 'ln-mt-001' }, f.desk)).equipment;
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
      await f.stack.query<any>(
        'query ($id: ID!) { handover(id: $id) { items { pieces { serial model estimatedValueVnd condition } } } }',
        { id: handover.id },
        f.desk,
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
      await f.stack.query<any>(
        'query ($u: ID!) { teamEquipment(unitId: $u) { holdings { category quantity } pieces { serial } } }',
        { u: team },
        f.desk,
      ),
    ).teamEquipment;
    expect(held.pieces.map((p: any) => p.serial).sort()).toEqual(['LN-MI-001', 'LN-MT-001']);
    expect(held.holdings).toContainEqual({ category: 'FURNITURE_SET', quantity: 1 });
  });

  test("the team leader's acceptance is recorded once, by someone of the team, not before the handover", async () => {
    const team = await f.lookups.unitId('HN-LN-TDP20-CNS');
    const leader = await f.lookups.leaderOf(team);
    const outsider = await f.lookups.leaderOf(await f.lookups.unitId('HN-LN-TDP21-CNS'));
    const input = {
      signedById: leader,
      signedOn: '2026-11-13',
      scanUrl: 'https://files.example.vn/bb/scan.pdf',
    };
    expect(
      codes(
        await f.stack.query(ACCEPT, { id: handover.id, input: { ...input, signedById: outsider } }, f.desk),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await f.stack.query(ACCEPT, { id: handover.id, input: { ...input, signedOn: '2026-11-01' } }, f.desk),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await f.stack.query(
          ACCEPT,
          { id: handover.id, input: { ...input, scanUrl: 'javascript:alert(1)' } },
          f.desk,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const accepted = ok(
      await f.stack.query<any>(ACCEPT, { id: handover.id, input }, f.desk),
    ).recordHandoverAcceptance;
    expect(accepted).toMatchObject({ acceptedOn: '2026-11-13', acceptanceScanUrl: input.scanUrl });
    expect(accepted.acceptedBy.fullName).toBeTruthy();
    expect(codes(await f.stack.query(ACCEPT, { id: handover.id, input }, f.desk))).toEqual(['CONFLICT']);
  });

  test('voiding or shrinking the donation whose items were handed over is refused with a clear message', async () => {
    const voided = await f.stack.query<any>(VOID_DONATION, { id: donation.id, v: 1, r: 'Ghi nhầm' }, f.desk);
    expect(codes(voided)).toEqual(['ITEMS_HANDED_OVER']);
    expect(voided.errors![0].message).toMatch(/LN-MT-001/);
    const lines = [
      { category: 'COMPUTER', description: 'Máy tính', quantity: 9, serialNumbers: pcs.slice(1) },
    ];
    const shrink = await f.stack.query(
      CORRECT,
      { id: donation.id, v: 1, input: { items: lines, reason: 'Đếm lại' } },
      f.desk,
    );
    expect(codes(shrink)).toEqual(['ITEMS_HANDED_OVER']);
    const future = await f.stack.query(
      CORRECT,
      { id: donation.id, v: 1, input: { receivedAt: '2099-01-01', reason: 'Sửa ngày' } },
      f.desk,
    );
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    const fixed = ok(
      await f.stack.query<any>(
        CORRECT,
        { id: donation.id, v: 1, input: { receivedAt: '2026-11-09', reason: 'Sửa ngày nhận' } },
        f.desk,
      ),
    ).correctDonation;
    expect(fixed).toMatchObject({ version: 2, receivedAt: '2026-11-09', changeReason: 'Sửa ngày nhận' });
    expect(
      codes(
        await f.stack.query(
          CORRECT,
          { id: donation.id, v: 1, input: { note: 'x', reason: 'Bản cũ' } },
          f.desk,
        ),
      ),
    ).toEqual(['CONFLICT']);
  });

  test('a piece comes back from the team (TH) and can be written off (TL); never below zero', async () => {
    const team = await f.lookups.unitId('HN-LN-TDP20-CNS');
    const back = ok(
      await f.stack.query<any>(
        RETURN,
        {
          input: {
            teamUnitId: team,
            toUnitId: f.ward,
            returnedAt: '2026-11-20',
            serialNumbers: ['LN-MI-001'],
            reason: 'Hỏng trống mực',
          },
        },
        f.desk,
      ),
    ).returnEquipment;
    expect(back.recordNo).toMatch(/^TH-2026-/);
    expect(
      codes(
        await f.stack.query(
          RETURN,
          {
            input: {
              teamUnitId: team,
              toUnitId: f.ward,
              returnedAt: '2026-11-20',
              serialNumbers: ['LN-MI-001'],
            },
          },
          f.desk,
        ),
      ),
    ).toEqual(['SERIAL_NOT_AVAILABLE']);
    const off = ok(
      await f.stack.query<any>(
        WRITE_OFF,
        {
          input: {
            fromUnitId: f.ward,
            writtenOffAt: '2026-11-21',
            reason: 'BROKEN',
            items: [{ category: 'PRINTER', quantity: 1, serialNumbers: ['LN-MI-001'] }],
          },
        },
        f.desk,
      ),
    ).writeOffStock;
    expect(off).toMatchObject({ reason: 'BROKEN' });
    const history = ok(await f.stack.query<any>(PIECE, { s: 'LN-MI-001' }, f.desk)).equipment;
    expect(history.status).toBe('WRITTEN_OFF');
    expect(history.history.map((h: any) => h.kind)).toEqual([
      'RECEIVED',
      'TRANSFERRED',
      'HANDED_OVER',
      'RETURNED',
      'WRITTEN_OFF',
    ]);
    const tooMany = await f.stack.query(
      WRITE_OFF,
      {
        input: {
          fromUnitId: f.ward,
          writtenOffAt: '2026-11-21',
          reason: 'LOST',
          items: [{ category: 'FURNITURE_SET', quantity: 10 }],
        },
      },
      f.desk,
    );
    expect(codes(tooMany)).toEqual(['OUT_OF_STOCK']);
    expect(await f.storeLine('HN-LN', 'FURNITURE_SET')).toMatchObject({ available: 9 });
  });
});
