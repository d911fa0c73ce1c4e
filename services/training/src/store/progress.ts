import { loaderFor, type RequestContext } from '@dx/subgraph-kit';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { progressByChild, progressOf } from '../domain/progress';
import type { TrainingProgress } from '../schema/types';
import { unitMembers, type UnitMember } from './unit-members';

/** Members of a unit's subtree, fetched once per request however many targets ask. */
const membersLoader = (ctx: RequestContext) =>
  loaderFor<UnitMember[]>(ctx, 'unitMembers', async (unitIds) => {
    const lists = await Promise.all(unitIds.map((id) => unitMembers(ctx, id)));
    return new Map(unitIds.map((id, i) => [id, lists[i]]));
  });

/** People with a completed course (or of one course) among enrolments made in a unit's subtree. */
async function trainedPeople(
  ctx: RequestContext,
  unitPath: string,
  courseId: string | null,
): Promise<Set<string>> {
  const query = ctx.dataSource
    .getRepository(EnrolmentRecord)
    .createQueryBuilder('e')
    .select('DISTINCT e.personId', 'personId')
    .where('e.status = :status AND e.unitPath LIKE :prefix', { status: 'COMPLETED', prefix: `${unitPath}%` });
  if (courseId) query.andWhere('e.courseId = :courseId', { courseId: Number(courseId) });
  const rows = await query.getRawMany<{ personId: number | string }>();
  return new Set(rows.map((r) => String(r.personId)));
}

export interface ProgressQuery {
  unitId: string;
  unitPath: string;
  audienceKind: string | null;
  courseId: string | null;
}

/** The unit's figures, with those of each unit directly below it (people counted where they are now). */
export async function unitProgress(ctx: RequestContext, q: ProgressQuery): Promise<TrainingProgress> {
  const [members, trained] = await Promise.all([
    membersLoader(ctx)
      .load(q.unitId)
      .then((m) => m ?? []),
    trainedPeople(ctx, q.unitPath, q.courseId),
  ]);
  const children = [...progressByChild(q.unitId, members, trained, q.audienceKind)]
    .filter(([, figures]) => figures.people > 0)
    .map(([unitId, figures]) => ({ unitId, ...figures, children: [] }));
  return { unitId: q.unitId, ...progressOf(members, trained, q.audienceKind), children };
}
