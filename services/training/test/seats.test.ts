import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { ENROL, SESSION, newSession, peopleIn, startTrainingStack, unitIdByCode } from './helpers';

let stack: TestStack;
let trainer: string;
let hanoi: string;

beforeAll(async () => {
  stack = await startTrainingStack();
  trainer = await stack.login('trainer');
  hanoi = await unitIdByCode(stack, trainer, 'HN');
});
afterAll(() => stack?.stop());

describe(`seats and the waitlist under concurrent requests (${dialectUnderTest})`, () => {
  test('60 concurrent enrolments into 10 seats: exactly 10 enrolled and 50 waitlisted; a cancellation promotes exactly one', async () => {
    const { sessionId } = await newSession(stack, trainer, 10);
    const people = await peopleIn(stack, trainer, hanoi, 60);
    const results = await Promise.all(
      people.map((p) => stack.query<any>(ENROL, { s: sessionId, p }, trainer)),
    );
    const statuses = results.map((r) => ok(r).enrol.status);
    expect(statuses.filter((s) => s === 'ENROLLED')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(50);
    expect(ok(await stack.query<any>(SESSION, { id: sessionId }, trainer)).session).toEqual({
      capacity: 10,
      seatsTaken: 10,
      seatsLeft: 0,
      waitlistLength: 50,
    });

    const waiting = ok(
      await stack.query<any>(
        'query ($s: ID!) { enrolments(sessionId: $s, status: WAITLISTED, first: 3) { nodes { id waitlistPosition } } }',
        { s: sessionId },
        trainer,
      ),
    ).enrolments.nodes;
    expect(waiting.map((w: { waitlistPosition: number }) => w.waitlistPosition)).toEqual([1, 2, 3]);

    const seated = results.map((r) => ok(r).enrol).find((e) => e.status === 'ENROLLED');
    const cancelled = ok(
      await stack.query<any>(
        'mutation ($id: ID!) { cancelEnrolment(id: $id) { status } }',
        { id: seated.id },
        trainer,
      ),
    );
    expect(cancelled.cancelEnrolment.status).toBe('CANCELLED');
    const after = ok(
      await stack.query<any>(
        'query ($s: ID!) { enrolments(sessionId: $s, first: 100) { nodes { id status } } }',
        { s: sessionId },
        trainer,
      ),
    ).enrolments.nodes;
    const promoted = after.filter(
      (e: { id: string; status: string }) =>
        waiting.some((w: { id: string }) => w.id === e.id) && e.status === 'ENROLLED',
    );
    expect(promoted.map((e: { id: string }) => e.id)).toEqual([waiting[0].id]);
    expect(after.filter((e: { status: string }) => e.status === 'ENROLLED')).toHaveLength(10);
    expect(ok(await stack.query<any>(SESSION, { id: sessionId }, trainer)).session).toMatchObject({
      seatsTaken: 10,
      waitlistLength: 49,
    });
  });

  test('concurrent cancellations each promote one person, never more than the seats', async () => {
    const { sessionId } = await newSession(stack, trainer, 3);
    const people = await peopleIn(stack, trainer, hanoi, 8);
    const enrolments = [];
    for (const p of people)
      enrolments.push(ok(await stack.query<any>(ENROL, { s: sessionId, p }, trainer)).enrol);
    const seated = enrolments.filter((e) => e.status === 'ENROLLED');
    await Promise.all(
      seated.map((e) =>
        stack.query('mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }', { id: e.id }, trainer),
      ),
    );
    const again = await stack.query(
      'mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }',
      { id: seated[0].id },
      trainer,
    );
    expect(codes(again)).toEqual(['CONFLICT']);
    const after = ok(
      await stack.query<any>(
        'query ($s: ID!) { enrolments(sessionId: $s, status: ENROLLED) { nodes { id } } }',
        { s: sessionId },
        trainer,
      ),
    ).enrolments.nodes;
    expect(after.map((e: { id: string }) => e.id)).toEqual(
      enrolments
        .filter((e) => e.status === 'WAITLISTED')
        .slice(0, 3)
        .map((e) => e.id),
    );
    expect(ok(await stack.query<any>(SESSION, { id: sessionId }, trainer)).session).toMatchObject({
      seatsTaken: 3,
      waitlistLength: 2,
    });
  });

  test('the same person twice is a CONFLICT, also when both arrive at once', async () => {
    const { sessionId } = await newSession(stack, trainer, 5);
    const [person] = await peopleIn(stack, trainer, hanoi, 1);
    const both = await Promise.all(
      [1, 2, 3].map(() => stack.query<any>(ENROL, { s: sessionId, p: person }, trainer)),
    );
    expect(both.filter((r) => !r.errors).length).toBe(1);
    expect(both.flatMap(codes)).toEqual(['CONFLICT', 'CONFLICT']);
    expect(ok(await stack.query<any>(SESSION, { id: sessionId }, trainer)).session.seatsTaken).toBe(1);
  });

  test('cancelling with nobody waiting frees the seat again', async () => {
    const { sessionId } = await newSession(stack, trainer, 2);
    const [person] = await peopleIn(stack, trainer, hanoi, 1);
    const enrolment = ok(await stack.query<any>(ENROL, { s: sessionId, p: person }, trainer)).enrol;
    ok(
      await stack.query(
        'mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }',
        { id: enrolment.id },
        trainer,
      ),
    );
    expect(ok(await stack.query<any>(SESSION, { id: sessionId }, trainer)).session).toMatchObject({
      seatsTaken: 0,
      seatsLeft: 2,
    });
  });
});
