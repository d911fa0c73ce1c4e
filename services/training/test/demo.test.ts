import pino from 'pino';
import { dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { definition } from '@dx/service-training';
import { startTrainingStack, unitIdByCode } from './helpers';

let stack: TestStack;
let admin: string;

const seed = () =>
  definition.seedDemo!({
    dataSource: stack.services.training.dataSource,
    log: pino({ level: 'silent' }),
    gateway: async (query, variables) => ok(await stack.query(query, variables, admin)),
  });

beforeAll(async () => {
  stack = await startTrainingStack();
  admin = await stack.login('admin');
  await seed();
});
afterAll(() => stack?.stop());

describe(`the training demo (${dialectUnderTest})`, () => {
  test('tells the story: the AI conference held with certificates, classes coming, a full session with a waitlist', async () => {
    const trainer = await stack.login('trainer');
    const courses = ok(
      await stack.query<any>(
        '{ courses { nodes { code mode sessions { seatsTaken capacity waitlistLength } } } }',
        {},
        trainer,
      ),
    ).courses.nodes;
    expect(courses.map((c: { code: string }) => c.code)).toEqual([
      'BDHVS-LD',
      'CN-AI-2026',
      'LN-KNS-CBCC',
      'LN-KNS-CNS',
    ]);
    const ai = courses.find((c: { code: string }) => c.code === 'CN-AI-2026');
    expect(ai.sessions[1]).toEqual({ seatsTaken: 4, capacity: 4, waitlistLength: 1 });
    const certificates = ok(
      await stack.query<any>(
        '{ enrolments(status: COMPLETED, first: 100) { totalCount nodes { certificateNo } } }',
        {},
        trainer,
      ),
    ).enrolments;
    expect(certificates.totalCount).toBe(13 + 26 + 10);
    expect(new Set(certificates.nodes.map((n: { certificateNo: string }) => n.certificateNo)).size).toBe(
      certificates.nodes.length,
    );
  });

  test('Lĩnh Nam is short of its 100% community-team target', async () => {
    const trainer = await stack.login('trainer');
    const targets = ok(
      await stack.query<any>(
        'query ($u: ID) { trainingTargets(unitId: $u) { unit { code } audienceKind targetPercent met progress { people trained } } }',
        { u: await unitIdByCode(stack, trainer, 'HN-LN') },
        trainer,
      ),
    ).trainingTargets;
    const teams = targets.find((t: { audienceKind: string }) => t.audienceKind === 'COMMUNITY_TEAM');
    expect(teams).toMatchObject({ targetPercent: 100, met: false, progress: { people: 50, trained: 26 } });
  });

  test('seeding again changes nothing', async () => {
    await seed();
    expect(ok(await stack.query<any>('{ courses { totalCount } }', {}, admin)).courses.totalCount).toBe(4);
  });
});
