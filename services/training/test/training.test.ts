import { pendingSchemaChanges } from '@dx/subgraph-kit';
import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { ENROL, SESSION, newSession, peopleIn, startTrainingStack, unitIdByCode } from './helpers';

let stack: TestStack;
let trainer: string;
let admin: string;

beforeAll(async () => {
  stack = await startTrainingStack();
  [trainer, admin] = await Promise.all([stack.login('trainer'), stack.login('admin')]);
});
afterAll(() => stack?.stop());

const createCourse = (input: Record<string, unknown>, token = trainer) =>
  stack.query<any>(
    'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id code title mode audience } }',
    { i: input },
    token,
  );

describe(`training through the gateway (${dialectUnderTest})`, () => {
  test('the migrations describe exactly what the entities need', async () => {
    expect(await pendingSchemaChanges(stack.services.training.dataSource)).toEqual([]);
  });

  describe('courses and sessions', () => {
    test('a coordinator creates a course and schedules a session; the catalogue lists it with its sessions', async () => {
      const course = ok(
        await createCourse({
          code: 'ai-cn',
          title: 'Ứng dụng trí tuệ nhân tạo',
          audience: 'Cán bộ phường',
          mode: 'IN_PERSON',
        }),
      ).createCourse;
      expect(course).toMatchObject({ code: 'AI-CN', mode: 'IN_PERSON', audience: 'Cán bộ phường' });
      ok(
        await stack.query(
          'mutation ($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }',
          {
            i: {
              courseId: course.id,
              startsAt: '2026-12-05T08:00:00+07:00',
              endsAt: '2026-12-05T11:00:00+07:00',
              location: 'Hội trường',
              capacity: 80,
            },
          },
          trainer,
        ),
      );
      const list = ok(
        await stack.query<any>(
          '{ courses(search: "trí tuệ") { totalCount nodes { code sessions { capacity seatsTaken waitlistLength location course { code } } } } }',
          {},
          trainer,
        ),
      );
      expect(list.courses.totalCount).toBe(1);
      expect(list.courses.nodes[0].sessions).toEqual([
        { capacity: 80, seatsTaken: 0, waitlistLength: 0, location: 'Hội trường', course: { code: 'AI-CN' } },
      ]);
    });

    test('a course code is unique', async () => {
      ok(await createCourse({ code: 'DUP-1', title: 'Một' }));
      const again = await createCourse({ code: 'dup-1', title: 'Hai' });
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(again.errors![0].message).toMatch(/DUP-1/);
    });

    test('invalid input is refused field by field', async () => {
      const badCode = await createCourse({ code: 'a b', title: 'X' });
      expect(codes(badCode)).toEqual(['BAD_USER_INPUT']);
      expect(badCode.errors![0].extensions!.field).toBe('code');
      const course = ok(await createCourse({ code: 'VAL-1', title: 'Kiểm tra' })).createCourse;
      const schedule = (i: Record<string, unknown>) =>
        stack.query(
          'mutation ($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }',
          { i: { courseId: course.id, location: 'Phòng họp', ...i } },
          trainer,
        );
      const noSeats = await schedule({
        startsAt: '2026-12-01T08:00:00Z',
        endsAt: '2026-12-01T09:00:00Z',
        capacity: 0,
      });
      expect(codes(noSeats)).toEqual(['BAD_USER_INPUT']);
      expect(noSeats.errors![0].extensions!.field).toBe('capacity');
      const backwards = await schedule({
        startsAt: '2026-12-01T08:00:00Z',
        endsAt: '2026-12-01T07:00:00Z',
        capacity: 5,
      });
      expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
      expect(backwards.errors![0].message).toMatch(/end after/);
      const noCourse = await stack.query(
        'mutation ($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }',
        {
          i: {
            courseId: '99999',
            location: 'X',
            startsAt: '2026-12-01T08:00:00Z',
            endsAt: '2026-12-01T09:00:00Z',
            capacity: 5,
          },
        },
        trainer,
      );
      expect(codes(noCourse)).toEqual(['NOT_FOUND']);
    });

    test('only coordinators change the catalogue; anyone signed in reads it', async () => {
      const viewer = await stack.login('viewer');
      expect(codes(await createCourse({ code: 'NOPE', title: 'Không' }, viewer))).toEqual(['FORBIDDEN']);
      expect(
        ok(await stack.query<any>('{ courses { totalCount } }', {}, viewer)).courses.totalCount,
      ).toBeGreaterThan(0);
      expect(codes(await stack.query('{ courses { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('a whole unit, attendance and certificates', () => {
    test('enrolUnit enrols the unit and its sub-units, waitlists beyond the seats and skips people already in', async () => {
      const linhNam = await unitIdByCode(stack, trainer, 'HN-LN');
      const { sessionId } = await newSession(stack, trainer, 20);
      const [first] = await peopleIn(stack, trainer, linhNam, 1);
      ok(await stack.query(ENROL, { s: sessionId, p: first }, trainer));
      const everyone = ok(
        await stack.query<any>(
          'query ($u: ID!) { people(unitId: $u, includeSubunits: true) { totalCount } }',
          { u: linhNam },
          trainer,
        ),
      ).people.totalCount;
      const result = ok(
        await stack.query<any>(
          'mutation ($s: ID!, $u: ID!) { enrolUnit(sessionId: $s, unitId: $u) { id status person { id fullName } } }',
          { s: sessionId, u: linhNam },
          trainer,
        ),
      ).enrolUnit;
      expect(result).toHaveLength(everyone - 1);
      expect(result.some((e: { person: { id: string } }) => e.person.id === first)).toBe(false);
      expect(result.filter((e: { status: string }) => e.status === 'ENROLLED')).toHaveLength(19);
      expect(result.filter((e: { status: string }) => e.status === 'WAITLISTED')).toHaveLength(everyone - 20);
      expect(result[0].person.fullName).toBeTruthy();
      expect(ok(await stack.query<any>(SESSION, { id: sessionId }, trainer)).session).toMatchObject({
        seatsTaken: 20,
        waitlistLength: everyone - 20,
      });
      const again = ok(
        await stack.query<any>(
          'mutation ($s: ID!, $u: ID!) { enrolUnit(sessionId: $s, unitId: $u) { id } }',
          { s: sessionId, u: linhNam },
          trainer,
        ),
      );
      expect(again.enrolUnit).toEqual([]);
    });

    test('attendance, then completion with a unique certificate number; Person.enrolments shows it', async () => {
      const hanoi = await unitIdByCode(stack, trainer, 'HN');
      const { sessionId } = await newSession(stack, trainer, 5);
      const [a, b] = await peopleIn(stack, trainer, hanoi, 2);
      const ea = ok(await stack.query<any>(ENROL, { s: sessionId, p: a }, trainer)).enrol;
      const eb = ok(await stack.query<any>(ENROL, { s: sessionId, p: b }, trainer)).enrol;
      const complete = (id: string) =>
        stack.query<any>(
          'mutation ($id: ID!) { completeEnrolment(id: $id) { status certificateNo } }',
          { id },
          trainer,
        );
      const attend = (id: string, attended: boolean) =>
        stack.query<any>(
          'mutation ($id: ID!, $a: Boolean!) { recordAttendance(id: $id, attended: $a) { status } }',
          { id, a: attended },
          trainer,
        );
      expect(codes(await complete(ea.id))).toEqual(['CONFLICT']);
      expect(ok(await attend(ea.id, true)).recordAttendance.status).toBe('ATTENDED');
      expect(ok(await attend(eb.id, true)).recordAttendance.status).toBe('ATTENDED');
      const [ca, cb] = await Promise.all([complete(ea.id), complete(eb.id)]);
      const numbers = [ok(ca).completeEnrolment.certificateNo, ok(cb).completeEnrolment.certificateNo];
      expect(numbers[0]).toMatch(/^T[A-Z0-9]+-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{6}$/);
      expect(new Set(numbers).size).toBe(2);
      expect(codes(await complete(ea.id))).toEqual(['CONFLICT']);
      expect(codes(await attend(ea.id, false))).toEqual(['CONFLICT']);
      const person = ok(
        await stack.query<any>(
          'query ($id: ID!) { person(id: $id) { fullName enrolments { status certificateNo session { id } } } }',
          { id: a },
          trainer,
        ),
      ).person;
      expect(person.enrolments).toContainEqual({
        status: 'COMPLETED',
        certificateNo: numbers[0],
        session: { id: sessionId },
      });
      const check = ok(
        await stack.query<any>(
          'query ($n: String!) { enrolmentByCertificate(certificateNo: $n) { person { id } } }',
          { n: numbers[0] },
          trainer,
        ),
      );
      expect(check.enrolmentByCertificate.person.id).toBe(a);
      const one = ok(
        await stack.query<any>(
          'query ($id: ID!) { enrolment(id: $id) { status session { course { code } } } }',
          { id: ea.id },
          trainer,
        ),
      );
      expect(one.enrolment.status).toBe('COMPLETED');
    });

    test('a waitlisted person cannot be marked present', async () => {
      const hanoi = await unitIdByCode(stack, trainer, 'HN');
      const { sessionId } = await newSession(stack, trainer, 1);
      const [a, b] = await peopleIn(stack, trainer, hanoi, 2);
      ok(await stack.query(ENROL, { s: sessionId, p: a }, trainer));
      const waiting = ok(await stack.query<any>(ENROL, { s: sessionId, p: b }, trainer)).enrol;
      expect(waiting.status).toBe('WAITLISTED');
      const result = await stack.query(
        'mutation ($id: ID!) { recordAttendance(id: $id, attended: true) { id } }',
        { id: waiting.id },
        trainer,
      );
      expect(codes(result)).toEqual(['CONFLICT']);
      expect(result.errors![0].message).toMatch(/waitlist/);
    });

    test('unknown session or person: NOT_FOUND', async () => {
      const { sessionId } = await newSession(stack, trainer, 1);
      expect(codes(await stack.query(ENROL, { s: sessionId, p: '999999' }, trainer))).toEqual(['NOT_FOUND']);
      const [person] = await peopleIn(stack, trainer, await unitIdByCode(stack, trainer, 'HN'), 1);
      expect(codes(await stack.query(ENROL, { s: '999999', p: person }, trainer))).toEqual(['NOT_FOUND']);
    });
  });

  describe('unit scope', () => {
    test('a coordinator cannot enrol people of another province, nor enrol a unit there', async () => {
      const lamDong = await unitIdByCode(stack, admin, 'LD');
      const [outsider] = await peopleIn(stack, admin, lamDong, 1);
      const { sessionId } = await newSession(stack, trainer, 5);
      expect(codes(await stack.query(ENROL, { s: sessionId, p: outsider }, trainer))).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await stack.query(
            'mutation ($s: ID!, $u: ID!) { enrolUnit(sessionId: $s, unitId: $u) { id } }',
            { s: sessionId, u: lamDong },
            trainer,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    });

    test('the audit log records every change, for administrators only', async () => {
      expect(codes(await stack.query('{ trainingAuditLog { totalCount } }', {}, trainer))).toEqual([
        'FORBIDDEN',
      ]);
      const log = ok(
        await stack.query<any>(
          '{ trainingAuditLog(first: 100) { nodes { action actorUsername entityType } } }',
          {},
          admin,
        ),
      ).trainingAuditLog.nodes;
      const actions = new Set(log.map((e: { action: string }) => e.action));
      for (const action of [
        'createCourse',
        'scheduleSession',
        'enrol',
        'enrolUnit',
        'recordAttendance',
        'completeEnrolment',
      ])
        expect(actions).toContain(action);
      expect(log[0].actorUsername).toBe('trainer');
    });
  });
});
