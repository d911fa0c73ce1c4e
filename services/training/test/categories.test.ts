import pino from 'pino';
import { codes, dialectUnderTest, ok, startStack, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as training } from '@dx/service-training';
import { definition as campaigns } from '@dx/service-campaigns';
import { newSession, unitIdByCode } from './helpers';

let stack: TestStack;
let trainer: string;
let secretariat: string;

beforeAll(async () => {
  stack = await startStack({
    services: [directory, training, campaigns],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
  trainer = await stack.login('trainer');
  secretariat = await stack.login('secretariat');
});
afterAll(() => stack?.stop());

const PEOPLE = `query ($u: ID!) { people(unitId: $u, includeSubunits: true, first: 100) {
  nodes { id version category priorityGroups } } }`;
const UPDATE_PERSON = `mutation ($id: ID!, $v: Int!, $i: UpdatePersonInput!) {
  updatePerson(id: $id, version: $v, input: $i) { id category priorityGroups version } }`;
const SET_TARGET = `mutation ($i: SetTrainingTargetInput!) {
  setTrainingTarget(input: $i) { id category year targetPercent dueDate } }`;
const TARGETS = `query ($u: ID, $y: Int) { trainingTargets(unitId: $u, year: $y) {
  id category year targetPercent met progress { people trained byCategory { category people trained } } } }`;
const PROGRESS = `query ($u: ID!, $c: PersonCategory) { trainingProgress(unitId: $u, category: $c) {
  people trained byCategory { category people trained rate } byPriorityGroup { group people trained }
  children { unit { code } people byCategory { category people } } } }`;

async function completeAll(unitId: string, personIds: string[]) {
  const { sessionId } = await newSession(stack, trainer, 100);
  for (const personId of personIds) {
    const { enrol } = ok(
      await stack.query<any>(
        'mutation ($s: ID!, $p: ID!) { enrol(sessionId: $s, personId: $p) { id } }',
        { s: sessionId, p: personId },
        trainer,
      ),
    );
    ok(
      await stack.query(
        'mutation ($id: ID!) { recordAttendance(id: $id, attended: true) { id } }',
        { id: enrol.id },
        trainer,
      ),
    );
    ok(
      await stack.query(
        'mutation ($id: ID!) { completeEnrolment(id: $id) { id } }',
        { id: enrol.id },
        trainer,
      ),
    );
  }
  return unitId;
}

describe(`who must be trained: person categories and targets by category and year (${dialectUnderTest})`, () => {
  test("a person's category and priority groups are kept, shown in scope and refused when repeated", async () => {
    const team = await unitIdByCode(stack, trainer, 'HN-CN-TDP2-CNS');
    const [first] = ok(await stack.query<any>(PEOPLE, { u: team }, trainer)).people.nodes;
    expect(first.category).toBe('COMMUNITY_TEAM_MEMBER');
    const saved = ok(
      await stack.query<any>(
        UPDATE_PERSON,
        {
          id: first.id,
          v: first.version,
          i: { category: 'RESIDENT', priorityGroups: ['POOR_HOUSEHOLD', 'ELDERLY'] },
        },
        trainer,
      ),
    ).updatePerson;
    expect(saved).toMatchObject({ category: 'RESIDENT', priorityGroups: ['ELDERLY', 'POOR_HOUSEHOLD'] });
    const repeated = await stack.query<any>(
      UPDATE_PERSON,
      { id: first.id, v: saved.version, i: { priorityGroups: ['ELDERLY', 'ELDERLY'] } },
      trainer,
    );
    expect(codes(repeated)).toEqual(['BAD_USER_INPUT']);
    // A member of Lĩnh Nam sees Cửa Nam's people by name, not their priority groups.
    const member = await stack.login('member');
    const seen = ok(
      await stack.query<any>(
        'query ($id: ID!) { person(id: $id) { category priorityGroups } }',
        { id: first.id },
        member,
      ),
    ).person;
    expect(seen).toEqual({ category: 'RESIDENT', priorityGroups: [] });
    ok(
      await stack.query(
        UPDATE_PERSON,
        { id: first.id, v: saved.version, i: { category: 'COMMUNITY_TEAM_MEMBER', priorityGroups: [] } },
        trainer,
      ),
    );
  });

  test('progress splits by category; a category target counts only its people, a past year only what was done by then', async () => {
    const ward = await unitIdByCode(stack, trainer, 'HN-CN');
    const team = await unitIdByCode(stack, trainer, 'HN-CN-TDP2-CNS');
    const teamPeople = ok(await stack.query<any>(PEOPLE, { u: team }, trainer)).people.nodes;
    await completeAll(
      team,
      teamPeople.slice(0, 3).map((p: { id: string }) => p.id),
    );

    const all = ok(await stack.query<any>(PROGRESS, { u: ward }, trainer)).trainingProgress;
    const byCategory = Object.fromEntries(all.byCategory.map((c: any) => [c.category, c]));
    expect(byCategory.COMMUNITY_TEAM_MEMBER).toMatchObject({ trained: 3 });
    expect(byCategory.COMMUNITY_TEAM_MEMBER.people).toBeGreaterThanOrEqual(5);
    expect(all.byCategory.reduce((n: number, c: any) => n + c.people, 0)).toBe(all.people);
    expect(all.byPriorityGroup.find((g: any) => g.group === 'ELDERLY')?.people).toBeGreaterThan(0);

    const members = ok(
      await stack.query<any>(PROGRESS, { u: ward, c: 'COMMUNITY_TEAM_MEMBER' }, trainer),
    ).trainingProgress;
    expect(members.people).toBe(byCategory.COMMUNITY_TEAM_MEMBER.people);
    expect(members.trained).toBe(3);
    const civil = ok(
      await stack.query<any>(PROGRESS, { u: ward, c: 'CIVIL_SERVANT' }, trainer),
    ).trainingProgress;
    expect(civil.trained).toBe(0);

    const target = (category: string | null, dueDate: string, targetPercent: number) =>
      stack.query<any>(SET_TARGET, { i: { unitId: ward, category, dueDate, targetPercent } }, trainer);
    const thisYear = ok(await target('COMMUNITY_TEAM_MEMBER', '2026-12-31', 100)).setTrainingTarget;
    const lastYear = ok(await target('COMMUNITY_TEAM_MEMBER', '2025-12-31', 95)).setTrainingTarget;
    const civilServants = ok(await target('CIVIL_SERVANT', '2026-12-31', 100)).setTrainingTarget;
    expect(thisYear).toMatchObject({ category: 'COMMUNITY_TEAM_MEMBER', year: 2026 });
    expect(lastYear.id).not.toBe(thisYear.id);
    expect(lastYear.year).toBe(2025);
    // The same unit, category and year again replaces the target.
    expect(ok(await target('COMMUNITY_TEAM_MEMBER', '2026-12-30', 90)).setTrainingTarget.id).toBe(
      thisYear.id,
    );

    const targets = ok(await stack.query<any>(TARGETS, { u: ward }, trainer)).trainingTargets;
    const byId = Object.fromEntries(targets.map((t: any) => [t.id, t]));
    expect(byId[thisYear.id]).toMatchObject({ year: 2026, targetPercent: 90 });
    expect(byId[thisYear.id].progress).toMatchObject({ people: members.people, trained: 3 });
    expect(byId[thisYear.id].progress.byCategory).toEqual([
      { category: 'COMMUNITY_TEAM_MEMBER', people: members.people, trained: 3 },
    ]);
    // Completed in 2026: nothing counts for the 2025 target.
    expect(byId[lastYear.id]).toMatchObject({ met: false, progress: { people: members.people, trained: 0 } });
    expect(byId[civilServants.id].progress).toMatchObject({ people: civil.people, trained: 0 });
    const only2025 = ok(await stack.query<any>(TARGETS, { u: ward, y: 2025 }, trainer)).trainingTargets;
    expect(only2025.map((t: any) => t.id)).toEqual([lastYear.id]);
  });
});

describe(`sessions at a campaign's support point (${dialectUnderTest})`, () => {
  test('a session names a support point the caller can see; an unknown one is refused on its field', async () => {
    const ward = await unitIdByCode(stack, secretariat, 'HN-CN');
    const campaign = ok(
      await stack.query<any>(
        'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
        {
          i: {
            title: 'Bình dân học vụ số',
            unitId: ward,
            startsOn: '2026-11-01',
            endsOn: '2027-01-31',
            metrics: [{ code: 'CITIZENS', name: 'Người dân', unitOfMeasure: 'người', aggregation: 'SUM' }],
          },
        },
        secretariat,
      ),
    ).createCampaign;
    const point = ok(
      await stack.query<any>(
        'mutation ($i: AddSupportPointInput!) { addSupportPoint(input: $i) { id name } }',
        { i: { campaignId: campaign.id, name: 'Điểm BDHVS Nhà văn hóa TDP 2', address: '12 Hàng Bông' } },
        secretariat,
      ),
    ).addSupportPoint;
    const listed = ok(await stack.query<any>('{ supportPoints { id name } }', {}, trainer)).supportPoints;
    expect(listed.map((p: any) => p.id)).toContain(point.id);

    const { courseId } = await newSession(stack, trainer, 10);
    const schedule = (supportPointId: string) =>
      stack.query<any>(
        `mutation ($i: ScheduleSessionInput!) { scheduleSession(input: $i) {
           id supportPoint { id name address campaign { id } } } }`,
        {
          i: {
            courseId,
            startsAt: '2026-12-20T08:00:00+07:00',
            endsAt: '2026-12-20T10:00:00+07:00',
            location: 'Nhà văn hóa TDP 2',
            capacity: 20,
            supportPointId,
          },
        },
        trainer,
      );
    const session = ok(await schedule(point.id)).scheduleSession;
    expect(session.supportPoint).toEqual({
      id: point.id,
      name: 'Điểm BDHVS Nhà văn hóa TDP 2',
      address: '12 Hàng Bông',
      campaign: { id: campaign.id },
    });
    const unknown = await schedule('999999');
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0].extensions).toMatchObject({
      field: 'supportPointId',
      messageKey: 'errors.supportPointUnknown',
    });
  });
});
