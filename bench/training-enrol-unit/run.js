#!/usr/bin/env node
/**
 * enrolUnit for a unit of 5,000 people, timed through the gateway.
 * Starts a real stack (gateway + directory + training over HTTP) on fresh MariaDB databases,
 * puts 5,000 people under one commune, and enrols the whole commune into sessions.
 * Needs `npm run build` first (it runs the built services). See README.md.
 */
process.env.DX_TEST_MYSQL_URL ??= 'mysql://root@127.0.0.1:3306/test';
const pino = require('pino');
const { startStack, ok } = require('@dx/test-kit');
const directory = require('@dx/service-directory');
const training = require('@dx/service-training');

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 5000);
const GROUPS = 20;
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 4000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function createUnit(stack, token, input) {
  const q = 'mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id path } }';
  return ok(await stack.query(q, { i: input }, token)).createUnit;
}

/** Bench setup only: people are written straight into the directory's database, in bulk. */
async function addPeople(dataSource, groups) {
  const rows = Array.from({ length: PEOPLE }, (_, i) => {
    const group = groups[i % groups.length];
    return {
      fullName: `Người thử ${String(i + 1).padStart(5, '0')}`,
      position: 'Thành viên',
      unitId: Number(group.id),
      unitPath: `/${group.path.join('/')}/`,
    };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await dataSource.getRepository('PersonRecord').insert(rows.slice(i, i + 1000));
}

async function newSession(stack, token, run) {
  const course = ok(
    await stack.query(
      'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      { i: { code: `BENCH-${Date.now()}-${run}`, title: 'Kỹ năng số cho mọi người' } },
      token,
    ),
  ).createCourse.id;
  const input = {
    courseId: course,
    startsAt: '2026-12-10T08:00:00+07:00',
    endsAt: '2026-12-10T11:00:00+07:00',
    location: 'Hội trường',
    capacity: CAPACITY,
  };
  return ok(
    await stack.query(
      'mutation ($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }',
      { i: input },
      token,
    ),
  ).scheduleSession.id;
}

async function main() {
  const stack = await startStack({
    services: [directory.definition, training.definition],
    onReady: { directory: (ds) => directory.seedDirectoryDemo(ds, pino({ level: 'silent' })) },
    subgraphTimeoutMs: 60_000,
  });
  try {
    const admin = await stack.login('admin');
    const hanoi = ok(await stack.query('{ units(search: "HN", first: 1) { nodes { id } } }', {}, admin)).units
      .nodes[0].id;
    const commune = await createUnit(stack, admin, {
      code: 'BENCH-XA',
      name: 'Xã thử tải',
      kind: 'COMMUNE',
      parentId: hanoi,
    });
    const groups = [];
    for (let g = 1; g <= GROUPS; g++) {
      groups.push(
        await createUnit(stack, admin, {
          code: `BENCH-XA-TDP${g}`,
          name: `Tổ dân phố ${g}`,
          kind: 'RESIDENTIAL_GROUP',
          parentId: commune.id,
        }),
      );
    }
    await addPeople(stack.services.directory.dataSource, groups);
    const trainer = await stack.login('trainer');
    console.log(
      `enrolUnit: ${PEOPLE} people in ${GROUPS} groups under one commune, session capacity ${CAPACITY}, MariaDB, through the gateway`,
    );
    const times = [];
    for (let run = 1; run <= RUNS; run++) {
      const sessionId = await newSession(stack, trainer, run);
      const started = performance.now();
      const result = await stack.query(
        'mutation ($s: ID!, $u: ID!) { enrolUnit(sessionId: $s, unitId: $u) { id status } }',
        { s: sessionId, u: commune.id },
        trainer,
      );
      const ms = performance.now() - started;
      const enrolments = ok(result).enrolUnit;
      const waitlisted = enrolments.filter((e) => e.status === 'WAITLISTED').length;
      times.push(ms);
      console.log(
        `  run ${run}: ${enrolments.length} enrolments (${enrolments.length - waitlisted} enrolled, ${waitlisted} waitlisted) in ${(ms / 1000).toFixed(2)} s`,
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `median ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2)} s, best ${(sorted[0] / 1000).toFixed(2)} s (target < 5 s)`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
