import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { newSession, startTrainingStack, unitIdByCode } from './helpers';

let stack: TestStack;
let trainer: string;

beforeAll(async () => {
  stack = await startTrainingStack();
  trainer = await stack.login('trainer');
});
afterAll(() => stack?.stop());

const PROGRESS = `query ($u: ID!, $k: UnitKind) {
  trainingProgress(unitId: $u, audienceKind: $k) { unit { code } people trained rate children { unit { code } people trained rate } }
}`;

async function trainPeopleOf(unitCode: string, count: number) {
  const unitId = await unitIdByCode(stack, trainer, unitCode);
  const { sessionId } = await newSession(stack, trainer, 100);
  const enrolled = ok(
    await stack.query<any>(
      'mutation ($s: ID!, $u: ID!) { enrolUnit(sessionId: $s, unitId: $u) { id } }',
      { s: sessionId, u: unitId },
      trainer,
    ),
  ).enrolUnit;
  for (const e of enrolled.slice(0, count)) {
    ok(
      await stack.query(
        'mutation ($id: ID!) { recordAttendance(id: $id, attended: true) { id } }',
        { id: e.id },
        trainer,
      ),
    );
    ok(await stack.query('mutation ($id: ID!) { completeEnrolment(id: $id) { id } }', { id: e.id }, trainer));
  }
}

describe(`targets and progress (${dialectUnderTest})`, () => {
  test('progress counts people of the unit and below, rolled up per unit directly below', async () => {
    await trainPeopleOf('HN-LN-TDP20-CNS', 5);
    await trainPeopleOf('HN-LN-TDP21-CNS', 2);
    const linhNam = await unitIdByCode(stack, trainer, 'HN-LN');
    const teams = ok(
      await stack.query<any>(PROGRESS, { u: linhNam, k: 'COMMUNITY_TEAM' }, trainer),
    ).trainingProgress;
    expect(teams).toMatchObject({ unit: { code: 'HN-LN' }, people: 50, trained: 7, rate: 0.14 });
    const groups = Object.fromEntries(
      teams.children.map((c: { unit: { code: string } }) => [c.unit.code, c]),
    );
    expect(groups['HN-LN-TDP20']).toMatchObject({ people: 5, trained: 5, rate: 1 });
    expect(groups['HN-LN-TDP21']).toMatchObject({ people: 5, trained: 2, rate: 0.4 });
    expect(teams.children).toHaveLength(10);
    const everyone = ok(await stack.query<any>(PROGRESS, { u: linhNam }, trainer)).trainingProgress;
    expect(everyone.people).toBeGreaterThan(50);
    expect(everyone.trained).toBe(7);
  });

  test('a target of 100% of community team members shows its progress and whether it is met', async () => {
    const linhNam = await unitIdByCode(stack, trainer, 'HN-LN');
    const team20 = await unitIdByCode(stack, trainer, 'HN-LN-TDP20');
    const set = (unitId: string, targetPercent: number) =>
      stack.query<any>(
        'mutation ($i: SetTrainingTargetInput!) { setTrainingTarget(input: $i) { id targetPercent audienceKind dueDate } }',
        {
          i: {
            unitId,
            audienceKind: 'COMMUNITY_TEAM',
            targetPercent,
            dueDate: '2026-12-31',
            note: '100% thành viên tổ CNS cộng đồng',
          },
        },
        trainer,
      );
    const first = ok(await set(linhNam, 90)).setTrainingTarget;
    const replaced = ok(await set(linhNam, 100)).setTrainingTarget;
    expect(replaced).toMatchObject({
      id: first.id,
      targetPercent: 100,
      audienceKind: 'COMMUNITY_TEAM',
      dueDate: '2026-12-31',
    });
    ok(await set(team20, 100));
    const targets = ok(
      await stack.query<any>(
        'query ($u: ID) { trainingTargets(unitId: $u) { unit { code } targetPercent met progress { people trained rate } } }',
        { u: linhNam },
        trainer,
      ),
    ).trainingTargets;
    expect(targets).toEqual([
      {
        unit: { code: 'HN-LN' },
        targetPercent: 100,
        met: false,
        progress: { people: 50, trained: 7, rate: 0.14 },
      },
      {
        unit: { code: 'HN-LN-TDP20' },
        targetPercent: 100,
        met: true,
        progress: { people: 5, trained: 5, rate: 1 },
      },
    ]);
  });

  test('targets are validated and kept within scope', async () => {
    const linhNam = await unitIdByCode(stack, trainer, 'HN-LN');
    const bad = await stack.query(
      'mutation ($i: SetTrainingTargetInput!) { setTrainingTarget(input: $i) { id } }',
      { i: { unitId: linhNam, targetPercent: 120, dueDate: '2026-12-31' } },
      trainer,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const lamDong = await unitIdByCode(stack, trainer, 'LD');
    expect(
      codes(
        await stack.query(
          'query ($u: ID!) { trainingProgress(unitId: $u) { people } }',
          { u: lamDong },
          trainer,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
