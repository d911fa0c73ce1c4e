import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { ENROL, SESSION, newSession, peopleIn, startTrainingStack, unitIdByCode } from './helpers';

let stack: TestStack;
let trainer: string;
let hanoi: string;

// Sessions from newSession start on 2026-12-01 at 08:00 Vietnam time (01:00 UTC).
const BEFORE_START = '2026-12-01T00:59:00Z';
const AFTER_START = '2026-12-01T02:00:00Z';

beforeAll(async () => {
  stack = await startTrainingStack();
  trainer = await stack.login('trainer');
  hanoi = await unitIdByCode(stack, trainer, 'HN');
});
afterAll(() => {
  delete process.env.DX_NOW;
  return stack?.stop();
});

const q = (query: string, variables: Record<string, unknown> = {}) =>
  stack.query<any>(query, variables, trainer);
/** Without a token: what anyone on the internet can ask. */
const anonymous = (query: string, variables: Record<string, unknown>) => stack.query<any>(query, variables);
const ENROLMENTS =
  'query ($s: ID!) { enrolments(sessionId: $s, first: 100) { nodes { id status waitlistPosition person { id } certificateNo } } }';
const enrolmentsOf = async (s: string) =>
  ok(await q(ENROLMENTS, { s })).enrolments.nodes as {
    id: string;
    status: string;
    waitlistPosition: number | null;
    certificateNo: string | null;
  }[];

/** The events the change wrote into the outbox, in the same transaction. */
async function eventsOf(type: string, sessionId: string): Promise<any[]> {
  const rows: { payload: string }[] = await stack.services.training.dataSource.query(
    'SELECT payload FROM outbox_event WHERE type = ? ORDER BY id',
    [type],
  );
  return rows.map((r) => JSON.parse(r.payload)).filter((p) => p.sessionId === sessionId);
}

async function sessionWith(capacity: number, people: number) {
  const { courseId, sessionId } = await newSession(stack, trainer, capacity);
  const ids = await peopleIn(stack, trainer, hanoi, people);
  const enrolments = [];
  for (const p of ids)
    enrolments.push(ok(await q(ENROL, { s: sessionId, p })).enrol as { id: string; status: string });
  return { courseId, sessionId, enrolments };
}

describe(`sessions that change and attendance that means it happened (${dialectUnderTest})`, () => {
  test('attendance and completion before the session starts are SESSION_NOT_STARTED, and allowed once it has', async () => {
    const { sessionId, enrolments } = await sessionWith(3, 2);
    process.env.DX_NOW = BEFORE_START;
    const attend = await q('mutation ($id: ID!) { recordAttendance(id: $id, attended: true) { status } }', {
      id: enrolments[0].id,
    });
    expect(codes(attend)).toEqual(['SESSION_NOT_STARTED']);
    expect(attend.errors![0].message).toMatch(/not started/);
    expect(
      codes(
        await q('mutation ($id: ID!) { completeEnrolment(id: $id) { status } }', { id: enrolments[0].id }),
      ),
    ).toEqual(['SESSION_NOT_STARTED']);
    expect(
      codes(
        await q(
          'mutation ($s: ID!) { recordSessionAttendance(sessionId: $s, absentEnrolmentIds: []) { id } }',
          { s: sessionId },
        ),
      ),
    ).toEqual(['SESSION_NOT_STARTED']);
    expect(
      codes(await q('mutation ($s: ID!) { completeAttended(sessionId: $s) { id } }', { s: sessionId })),
    ).toEqual(['SESSION_NOT_STARTED']);
    expect((await enrolmentsOf(sessionId)).map((e) => e.status)).toEqual(['ENROLLED', 'ENROLLED']);
    process.env.DX_NOW = '2026-12-01T01:00:00Z';
    expect(
      ok(
        await q('mutation ($id: ID!) { recordAttendance(id: $id, attended: true) { status } }', {
          id: enrolments[0].id,
        }),
      ).recordAttendance.status,
    ).toBe('ATTENDED');
  });

  test('all present then exceptions, then complete all who attended: certificates that are not a sequence, and a public check that names nobody', async () => {
    process.env.DX_NOW = AFTER_START;
    const { sessionId, enrolments } = await sessionWith(5, 4);
    const absent = enrolments[1].id;
    const sheet = ok(
      await q(
        'mutation ($s: ID!, $a: [ID!]!) { recordSessionAttendance(sessionId: $s, absentEnrolmentIds: $a) { id status } }',
        { s: sessionId, a: [absent] },
      ),
    ).recordSessionAttendance;
    expect(sheet.map((e: { status: string }) => e.status)).toEqual([
      'ATTENDED',
      'NO_SHOW',
      'ATTENDED',
      'ATTENDED',
    ]);
    const stranger = await q(
      'mutation ($s: ID!, $a: [ID!]!) { recordSessionAttendance(sessionId: $s, absentEnrolmentIds: $a) { id } }',
      { s: sessionId, a: ['999999'] },
    );
    expect(stranger.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'absentEnrolmentIds',
    });

    ok(
      await q('mutation ($i: CertificateIssuerInput!) { setCertificateIssuer(input: $i) { id } }', {
        i: {
          unitId: hanoi,
          issuingBody: 'UBND THÀNH PHỐ HÀ NỘI',
          place: 'Hà Nội',
          signerTitle: 'CHỦ TỊCH',
          signerName: 'Hoàng Văn Thành',
        },
      }),
    );
    const done = ok(
      await q(
        'mutation ($s: ID!) { completeAttended(sessionId: $s) { id status certificateNo certificate { number issuer { issuingBody place signerTitle signerName } } } }',
        { s: sessionId },
      ),
    ).completeAttended;
    expect(done).toHaveLength(3);
    const numbers = done.map((e: { certificateNo: string }) => e.certificateNo);
    expect(new Set(numbers).size).toBe(3);
    for (const n of numbers) expect(n).toMatch(/^T[A-Z0-9]+-2026-[0-9A-Z]{5}-[0-9A-Z]{6}$/);
    expect(done[0].certificate).toEqual({
      number: numbers[0],
      issuer: {
        issuingBody: 'UBND THÀNH PHỐ HÀ NỘI',
        place: 'Hà Nội',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Hoàng Văn Thành',
      },
    });
    expect(
      codes(await q('mutation ($s: ID!) { completeAttended(sessionId: $s) { id } }', { s: sessionId })),
    ).toEqual(['CONFLICT']);

    const VERIFY =
      'query ($n: String!) { verifyCertificate(certificateNo: $n) { valid certificateNo courseTitle issuingBody completedOn } }';
    const publicCheck = ok(await anonymous(VERIFY, { n: numbers[0].toLowerCase() })).verifyCertificate;
    expect(publicCheck).toMatchObject({
      valid: true,
      certificateNo: numbers[0],
      issuingBody: 'UBND THÀNH PHỐ HÀ NỘI',
    });
    expect(publicCheck.courseTitle).toMatch(/Kỹ năng số cơ bản/);
    expect(
      ok(await anonymous(VERIFY, { n: numbers[0].slice(0, -1) + (numbers[0].endsWith('0') ? '1' : '0') }))
        .verifyCertificate.valid,
    ).toBe(false);
    const named = await anonymous(
      'query ($n: String!) { verifyCertificate(certificateNo: $n) { person { id } } }',
      { n: numbers[0] },
    );
    expect(codes(named)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(
      codes(
        await anonymous('query ($n: String!) { enrolmentByCertificate(certificateNo: $n) { id } }', {
          n: numbers[0],
        }),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  test('a session is rescheduled until attendance is taken; stale or backwards times are refused', async () => {
    process.env.DX_NOW = AFTER_START;
    const { sessionId, enrolments } = await sessionWith(3, 2);
    const RESCHEDULE =
      'mutation ($id: ID!, $s: DateTime!, $e: DateTime!, $l: String, $v: Int) { rescheduleSession(id: $id, startsAt: $s, endsAt: $e, location: $l, version: $v) { startsAt endsAt location status version } }';
    const moved = ok(
      await q(RESCHEDULE, {
        id: sessionId,
        s: '2026-12-08T08:00:00+07:00',
        e: '2026-12-08T11:00:00+07:00',
        l: 'Nhà văn hóa TDP 3',
        v: 1,
      }),
    ).rescheduleSession;
    expect(moved).toMatchObject({
      startsAt: '2026-12-08T01:00:00.000Z',
      location: 'Nhà văn hóa TDP 3',
      status: 'SCHEDULED',
      version: 2,
    });
    expect(
      codes(
        await q(RESCHEDULE, {
          id: sessionId,
          s: '2026-12-09T08:00:00+07:00',
          e: '2026-12-09T11:00:00+07:00',
          v: 1,
        }),
      ),
    ).toEqual(['CONFLICT']);
    const backwards = await q(RESCHEDULE, {
      id: sessionId,
      s: '2026-12-09T08:00:00+07:00',
      e: '2026-12-09T07:00:00+07:00',
    });
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    expect((await enrolmentsOf(sessionId)).map((e) => e.status)).toEqual(['ENROLLED', 'ENROLLED']);
    expect(
      codes(
        await q('mutation ($id: ID!) { recordAttendance(id: $id, attended: true) { id } }', {
          id: enrolments[0].id,
        }),
      ),
    ).toEqual(['SESSION_NOT_STARTED']);
    process.env.DX_NOW = '2026-12-08T02:00:00Z';
    ok(
      await q('mutation ($id: ID!) { recordAttendance(id: $id, attended: true) { id } }', {
        id: enrolments[0].id,
      }),
    );
    const late = await q(RESCHEDULE, {
      id: sessionId,
      s: '2026-12-15T08:00:00+07:00',
      e: '2026-12-15T11:00:00+07:00',
    });
    expect(codes(late)).toEqual(['CONFLICT']);
    expect(late.errors![0].message).toMatch(/Attendance/);
  });

  test('a cancelled session frees its seats once, takes nobody and cannot be cancelled again', async () => {
    process.env.DX_NOW = BEFORE_START;
    const { sessionId, enrolments } = await sessionWith(2, 3);
    expect(enrolments.map((e) => e.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED']);
    const CANCEL =
      'mutation ($id: ID!, $r: String!) { cancelSession(id: $id, reason: $r) { status cancelReason seatsTaken } }';
    expect(codes(await q(CANCEL, { id: sessionId, r: ' ' }))).toEqual(['BAD_USER_INPUT']);
    const CANCEL_ENROLMENT = 'mutation ($id: ID!) { cancelEnrolment(id: $id) { status } }';
    const [session, ...singles] = await Promise.all([
      q(CANCEL, { id: sessionId, r: 'Giảng viên ốm, lớp chuyển sang tháng sau' }),
      q(CANCEL_ENROLMENT, { id: enrolments[0].id }),
      q(CANCEL_ENROLMENT, { id: enrolments[1].id }),
    ]);
    expect(ok(session).cancelSession).toEqual({
      status: 'CANCELLED',
      cancelReason: 'Giảng viên ốm, lớp chuyển sang tháng sau',
      seatsTaken: 0,
    });
    for (const single of singles)
      expect(single.errors ? codes(single) : ['ok']).toEqual(single.errors ? ['CONFLICT'] : ['ok']);
    expect((await enrolmentsOf(sessionId)).map((e) => e.status)).toEqual([
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
    expect(ok(await q(SESSION, { id: sessionId })).session).toMatchObject({
      seatsTaken: 0,
      waitlistLength: 0,
    });
    const [newcomer] = (await peopleIn(stack, trainer, hanoi, 4)).slice(3);
    const enrol = await q(ENROL, { s: sessionId, p: newcomer });
    expect(codes(enrol)).toEqual(['CONFLICT']);
    expect(enrol.errors![0].message).toMatch(/cancelled/);
    expect(codes(await q(CANCEL, { id: sessionId, r: 'lần nữa' }))).toEqual(['CONFLICT']);
    expect(codes(await q(CANCEL_ENROLMENT, { id: enrolments[2].id }))).toEqual(['CONFLICT']);
    expect(ok(await q(SESSION, { id: sessionId })).session.seatsTaken).toBe(0);
    const told = await eventsOf('SESSION_CHANGED', sessionId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      change: 'CANCELLED',
      reason: 'Giảng viên ốm, lớp chuyển sang tháng sau',
    });
    expect(told[0].personIds.length).toBeGreaterThanOrEqual(1);
  });

  test('the coordinator moves a waiting person to the front with a reason; the first in line gets the next seat', async () => {
    process.env.DX_NOW = BEFORE_START;
    const { sessionId, enrolments } = await sessionWith(1, 4);
    const [seated, a, b, c] = enrolments;
    const MOVE =
      'mutation ($id: ID!, $p: Int!, $r: String!) { moveInWaitlist(id: $id, position: $p, reason: $r) { id waitlistPosition } }';
    expect(codes(await q(MOVE, { id: c.id, p: 1, r: '' }))).toEqual(['BAD_USER_INPUT']);
    expect((await q(MOVE, { id: c.id, p: 4, r: 'Người cao tuổi' })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'position',
    });
    expect(codes(await q(MOVE, { id: seated.id, p: 1, r: 'Người cao tuổi' }))).toEqual(['CONFLICT']);
    const line = ok(
      await q(MOVE, { id: c.id, p: 1, r: 'Người cao tuổi, ưu tiên theo kế hoạch' }),
    ).moveInWaitlist;
    expect(line).toEqual([
      { id: c.id, waitlistPosition: 1 },
      { id: a.id, waitlistPosition: 2 },
      { id: b.id, waitlistPosition: 3 },
    ]);
    const [newcomer] = (await peopleIn(stack, trainer, hanoi, 5)).slice(4);
    const late = ok(await q(ENROL, { s: sessionId, p: newcomer })).enrol;
    ok(await q('mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }', { id: seated.id }));
    const after = await enrolmentsOf(sessionId);
    expect(after.find((e) => e.id === c.id)!.status).toBe('ENROLLED');
    expect(after.filter((e) => e.status === 'WAITLISTED').map((e) => [e.id, e.waitlistPosition])).toEqual([
      [a.id, 1],
      [b.id, 2],
      [late.id, 3],
    ]);
  });

  test('a reordering racing with a cancellation gives exactly one seat, to the first in line before or after the move', async () => {
    process.env.DX_NOW = BEFORE_START;
    for (let round = 0; round < 4; round++) {
      const { sessionId, enrolments } = await sessionWith(1, 4);
      const [seated, a, , c] = enrolments;
      await Promise.all([
        q(
          'mutation ($id: ID!, $p: Int!, $r: String!) { moveInWaitlist(id: $id, position: $p, reason: $r) { id } }',
          { id: c.id, p: 1, r: 'Ưu tiên người khuyết tật' },
        ),
        q('mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }', { id: seated.id }),
      ]);
      const after = await enrolmentsOf(sessionId);
      const enrolled = after.filter((e) => e.status === 'ENROLLED').map((e) => e.id);
      expect(enrolled).toHaveLength(1);
      expect([a.id, c.id]).toContain(enrolled[0]);
      expect(ok(await q(SESSION, { id: sessionId })).session).toMatchObject({
        seatsTaken: 1,
        waitlistLength: 2,
      });
    }
  });
});
