import type { DemoEnvironment } from '@dx/subgraph-kit';
import { CourseRecord } from '../entities/course.entity';
import { DEMO_COURSES, DEMO_ISSUERS, DEMO_TARGETS, type DemoSession } from './plan';

type Gateway = DemoEnvironment['gateway'];

async function unitIds(gateway: Gateway, codes: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const code of new Set(codes)) {
    const data = await gateway<{ units: { nodes: { id: string; code: string }[] } }>(
      'query ($q: String) { units(search: $q, first: 50) { nodes { id code } } }',
      { q: code },
    );
    const unit = data.units.nodes.find((u) => u.code === code);
    if (unit) ids.set(code, unit.id);
  }
  return ids;
}

async function runSession(
  gateway: Gateway,
  courseId: string,
  session: DemoSession,
  units: Map<string, string>,
): Promise<void> {
  const { enrolUnits, completed, ...input } = session;
  const { scheduleSession } = await gateway<{ scheduleSession: { id: string } }>(
    'mutation ($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }',
    { i: { courseId, ...input } },
  );
  const enrolled: { id: string; status: string }[] = [];
  for (const code of enrolUnits) {
    const unitId = units.get(code);
    if (!unitId) continue;
    const data = await gateway<{ enrolUnit: { id: string; status: string }[] }>(
      'mutation ($s: ID!, $u: ID!) { enrolUnit(sessionId: $s, unitId: $u) { id status } }',
      { s: scheduleSession.id, u: unitId },
    );
    enrolled.push(...data.enrolUnit);
  }
  if (completed === undefined) return;
  const seated = enrolled.filter((e) => e.status === 'ENROLLED');
  for (const [i, e] of seated.entries()) {
    const attended = i < completed;
    await gateway('mutation ($id: ID!, $a: Boolean!) { recordAttendance(id: $id, attended: $a) { id } }', {
      id: e.id,
      a: attended,
    });
    if (attended) await gateway('mutation ($id: ID!) { completeEnrolment(id: $id) { id } }', { id: e.id });
  }
}

/** Cửa Nam's AI conference, Lĩnh Nam's classes, mobile digital-literacy points and the targets. */
export async function seedTrainingDemo({ dataSource, log, gateway }: DemoEnvironment): Promise<void> {
  if ((await dataSource.getRepository(CourseRecord).count()) > 0) return;
  const units = await unitIds(gateway, [
    ...DEMO_COURSES.flatMap((c) => [c.unit, ...c.sessions.flatMap((s) => s.enrolUnits)]),
    ...DEMO_TARGETS.map((t) => t.unit),
    ...DEMO_ISSUERS.map((i) => i.unit),
  ]);
  for (const { unit, ...issuer } of DEMO_ISSUERS) {
    const unitId = units.get(unit);
    if (unitId)
      await gateway('mutation ($i: CertificateIssuerInput!) { setCertificateIssuer(input: $i) { id } }', {
        i: { ...issuer, unitId },
      });
  }
  const courseIds = new Map<string, string>();
  for (const course of DEMO_COURSES) {
    const { sessions, unit, ...input } = course;
    const { createCourse } = await gateway<{ createCourse: { id: string } }>(
      'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      { i: { ...input, unitId: units.get(unit) } },
    );
    courseIds.set(course.code, createCourse.id);
    for (const session of sessions) await runSession(gateway, createCourse.id, session, units);
  }
  for (const target of DEMO_TARGETS) {
    const { unit, course, ...input } = target;
    await gateway('mutation ($i: SetTrainingTargetInput!) { setTrainingTarget(input: $i) { id } }', {
      i: { ...input, unitId: units.get(unit), courseId: course ? courseIds.get(course) : null },
    });
  }
  log.info({ courses: DEMO_COURSES.length, targets: DEMO_TARGETS.length }, 'training demo seeded');
}
