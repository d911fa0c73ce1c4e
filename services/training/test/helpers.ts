import { ok, startStackWith, type TestStack } from '@dx/test-kit';
import { definition as training } from '@dx/service-training';

export function startTrainingStack(): Promise<TestStack> {
  return startStackWith(training);
}

export async function unitIdByCode(stack: TestStack, token: string, code: string): Promise<string> {
  const data = ok(
    await stack.query<any>(
      'query ($q: String) { units(search: $q, first: 50) { nodes { id code } } }',
      { q: code },
      token,
    ),
  );
  const unit = data.units.nodes.find((u: { code: string }) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

export async function peopleIn(
  stack: TestStack,
  token: string,
  unitId: string,
  count: number,
): Promise<string[]> {
  const data = ok(
    await stack.query<any>(
      'query ($u: ID!) { people(unitId: $u, includeSubunits: true, first: 100) { nodes { id } } }',
      { u: unitId },
      token,
    ),
  );
  const ids = data.people.nodes.map((p: { id: string }) => p.id);
  if (ids.length < count) throw new Error(`only ${ids.length} people under ${unitId}`);
  return ids.slice(0, count);
}

let courseCounter = 0;
export async function newSession(
  stack: TestStack,
  token: string,
  capacity: number,
): Promise<{ courseId: string; sessionId: string }> {
  const code = `T${Date.now().toString(36)}${courseCounter++}`.toUpperCase();
  const course = ok(
    await stack.query<any>(
      'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      {
        i: {
          code,
          title: `Kỹ năng số cơ bản ${code}`,
          description: 'Lớp thử',
          audience: 'Cán bộ phường',
          mode: 'IN_PERSON',
        },
      },
      token,
    ),
  ).createCourse.id;
  const session = ok(
    await stack.query<any>(
      'mutation ($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }',
      {
        i: {
          courseId: course,
          startsAt: '2026-12-01T08:00:00+07:00',
          endsAt: '2026-12-01T11:30:00+07:00',
          location: 'Hội trường UBND phường',
          capacity,
          trainer: 'Nguyễn Thu Hà',
        },
      },
      token,
    ),
  ).scheduleSession.id;
  return { courseId: course, sessionId: session };
}

export const ENROL =
  'mutation ($s: ID!, $p: ID!) { enrol(sessionId: $s, personId: $p) { id status person { id } } }';
export const SESSION =
  'query ($id: ID!) { session(id: $id) { capacity seatsTaken seatsLeft waitlistLength } }';
