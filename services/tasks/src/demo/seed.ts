import { encodeUnitPath, type DemoEnvironment, today, addDays } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CommitteeRecord } from '../entities/committee.entity';
import { CommitteeDocumentRecord } from '../entities/committee-document.entity';
import { CommitteeMemberRecord } from '../entities/committee-member.entity';
import { IndicatorRecord } from '../entities/indicator.entity';
import { IndicatorValueRecord } from '../entities/indicator-value.entity';
import { TaskRecord } from '../entities/task.entity';
import { TaskUpdateRecord } from '../entities/task-update.entity';
import { WorkProgramRecord } from '../entities/work-program.entity';
import { monthOf, previousMonth } from '../domain/calendar';
import { rolledUpProgress } from '../domain/task-rules';
import {
  DEMO_COMMITTEE,
  DEMO_DOCUMENTS,
  DEMO_FIGURES,
  DEMO_INDICATORS,
  DEMO_MEMBERS,
  DEMO_PROGRAMS,
} from './committee-data';
import { DEMO_TASKS, type DemoTask } from './task-data';
import { seedEvaluation } from './evaluation-data';

interface DirectoryUnit {
  id: string;
  code: string;
  path: string[];
}

/** The directory's demo units and people, looked up through the gateway as the demo administrator. */
async function directoryOf(env: DemoEnvironment) {
  const units = new Map<string, DirectoryUnit>();
  let after: string | null = null;
  do {
    const data: any = await env.gateway(
      'query ($a: String) { units(first: 100, after: $a) { nodes { id code path } pageInfo { hasNextPage endCursor } } }',
      { a: after },
    );
    for (const u of data.units.nodes as DirectoryUnit[]) units.set(u.code, u);
    after = data.units.pageInfo.hasNextPage ? data.units.pageInfo.endCursor : null;
  } while (after);
  const people = new Map<string, string>();
  const personNamed = async (name: string) => {
    if (!people.has(name)) {
      const data = await env.gateway(
        'query ($q: String) { people(search: $q, first: 5) { nodes { id fullName } } }',
        { q: name },
      );
      const found = data.people.nodes.find((p: { fullName: string }) => p.fullName === name);
      if (!found) throw new Error(`The directory demo has no person named ${name}.`);
      people.set(name, found.id);
    }
    return Number(people.get(name));
  };
  const firstPersonOf = async (code: string) => {
    const data = await env.gateway('query ($u: ID) { people(unitId: $u, first: 1) { nodes { id } } }', {
      u: unit(code).id,
    });
    return Number(data.people.nodes[0].id);
  };
  const unit = (code: string) => {
    const found = units.get(code);
    if (!found) throw new Error(`The directory demo has no unit ${code}.`);
    return found;
  };
  const assignee = (key: string) =>
    key.startsWith('team:') ? firstPersonOf(key.slice(5)) : personNamed(key);
  return { unit, personNamed, assignee };
}

type Directory = Awaited<ReturnType<typeof directoryOf>>;

async function seedCommittee(manager: EntityManager, dir: Directory) {
  const hn = dir.unit(DEMO_COMMITTEE.unit);
  const committee = await manager.save(
    manager.create(CommitteeRecord, {
      name: DEMO_COMMITTEE.name,
      unitId: Number(hn.id),
      unitPath: encodeUnitPath(hn.path),
    }),
  );
  for (const m of DEMO_MEMBERS) {
    await manager.insert(CommitteeMemberRecord, {
      committeeId: committee.id,
      personId: await dir.personNamed(m.person),
      role: m.role,
      responsibilities: m.responsibilities,
    });
  }
  const documents = new Map<string, number>();
  for (const d of DEMO_DOCUMENTS) {
    const saved = await manager.save(
      manager.create(CommitteeDocumentRecord, { ...d, committeeId: committee.id, url: null }),
    );
    documents.set(d.number, saved.id);
  }
  const programs = new Map<number, number>();
  for (const p of DEMO_PROGRAMS) {
    const saved = await manager.save(
      manager.create(WorkProgramRecord, {
        committeeId: committee.id,
        year: p.year,
        title: p.title,
        documentId: documents.get(p.document) ?? null,
      }),
    );
    programs.set(p.year, saved.id);
  }
  return { committeeId: committee.id, programs };
}

async function seedTask(
  manager: EntityManager,
  dir: Directory,
  t: DemoTask,
  placement: { committeeId: number; workProgramId: number | null; parentId: number | null },
) {
  const day = today();
  const unit = dir.unit(t.unit);
  const assigneeId = await dir.assignee(t.assignee);
  const saved = await manager.save(
    manager.create(TaskRecord, {
      ...placement,
      title: t.title,
      description: null,
      assigneeId,
      unitId: Number(unit.id),
      unitPath: encodeUnitPath(unit.path),
      coordinatingUnitIds: (t.coordinating ?? []).map((c) => dir.unit(c).id).join(','),
      dueDate: addDays(day, t.due),
      expectedResult: t.expectedResult,
      authority: t.authority,
      sourceDocument: t.source,
      priority: t.priority ?? 'NORMAL',
      status: t.status,
      progress: t.progress,
      completedOn: t.done === undefined ? null : addDays(day, t.done),
    }),
  );
  const notes = t.notes ?? [];
  for (const [i, note] of notes.entries()) {
    const last = i === notes.length - 1;
    const done = t.status === 'DONE' && last;
    const reportedOn = done ? addDays(day, t.done!) : addDays(day, Math.min(t.due, 0) - 10 + i * 4);
    await manager.insert(TaskUpdateRecord, {
      taskId: saved.id,
      at: new Date(`${reportedOn}T09:30:00+07:00`),
      byPersonId: assigneeId,
      byUsername: null,
      kind: done ? 'COMPLETED' : 'PROGRESS',
      progress: done ? 100 : last ? t.progress : Math.round((t.progress * (i + 1)) / (notes.length + 1)),
      note,
      evidenceLinks: done
        ? JSON.stringify(['https://hanoi.gov.vn/chuyen-doi-so/bien-ban-nghiem-thu.pdf'])
        : null,
    });
  }
  return saved;
}

async function seedIndicators(manager: EntityManager, dir: Directory) {
  const byCode = new Map<string, number>();
  for (const i of DEMO_INDICATORS) {
    const { target, ...fields } = i;
    const saved = await manager.save(
      manager.create(IndicatorRecord, {
        ...fields,
        targetTenths: target === null ? null : target * 10,
        higherIsBetter: true,
      }),
    );
    byCode.set(i.code, saved.id);
  }
  const last = previousMonth(monthOf(today()));
  const months = [previousMonth(previousMonth(last)), previousMonth(last), last];
  for (const [code, figures] of Object.entries(DEMO_FIGURES)) {
    const unit = dir.unit(code);
    for (const [indicator, series] of Object.entries(figures)) {
      for (const [i, [numerator, denominator]] of series.entries()) {
        await manager.insert(IndicatorValueRecord, {
          indicatorId: byCode.get(indicator)!,
          unitId: Number(unit.id),
          unitPath: encodeUnitPath(unit.path),
          month: months[i],
          numerator,
          denominator,
          note: null,
        });
      }
    }
  }
}

/** Seeds the Hà Nội committee, its 2025–2026 programs, tasks across wards and three months of indicators, once. */
export async function seedTasksDemo(env: DemoEnvironment): Promise<void> {
  if ((await env.dataSource.getRepository(CommitteeRecord).count()) > 0) return;
  const dir = await directoryOf(env);
  await env.dataSource.transaction(async (manager) => {
    const { committeeId, programs } = await seedCommittee(manager, dir);
    const saved = new Map<string, TaskRecord>();
    const year = Number(today().slice(0, 4));
    for (const t of DEMO_TASKS) {
      const parent = t.parent ? saved.get(t.parent)! : null;
      const workProgramId = programs.get(year) ?? null;
      saved.set(
        t.key,
        await seedTask(manager, dir, t, { committeeId, workProgramId, parentId: parent?.id ?? null }),
      );
    }
    for (const parent of DEMO_TASKS.filter((t) => DEMO_TASKS.some((c) => c.parent === t.key))) {
      const children = DEMO_TASKS.filter((c) => c.parent === parent.key);
      await manager.update(TaskRecord, saved.get(parent.key)!.id, {
        progress: rolledUpProgress(children) ?? 0,
      });
    }
    await seedIndicators(manager, dir);
    await seedEvaluation(manager, dir);
  });
  env.log.info({ tasks: DEMO_TASKS.length }, 'tasks demo seeded');
}
