import { loaderFor, type RequestContext } from '@dx/subgraph-kit';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import {
  membersByChild,
  progressByCategory,
  progressByPriorityGroup,
  progressOf,
  type Audience,
  type Member,
} from '../domain/progress';
import { PRIORITY_GROUPS, type PersonCategoryName, type PriorityGroupName } from '../schema/references';
import type { TrainingProgress } from '../schema/types';
import { unitMembers, type UnitMember } from './unit-members';

/** Members of a unit's subtree, fetched once per request however many targets ask. */
const membersLoader = (ctx: RequestContext) =>
  loaderFor<UnitMember[]>(ctx, 'unitMembers', async (unitIds) => {
    const lists = await Promise.all(unitIds.map((id) => unitMembers(ctx, id)));
    return new Map(unitIds.map((id, i) => [id, lists[i]]));
  });

/**
 * People with a completed course (or of one course) among enrolments made in a unit's subtree;
 * with `until`, only completions before that instant (a target counts what was done by its date).
 */
async function trainedPeople(
  ctx: RequestContext,
  unitPath: string,
  courseId: string | null,
  until: Date | null,
): Promise<Set<string>> {
  const query = ctx.dataSource
    .getRepository(EnrolmentRecord)
    .createQueryBuilder('e')
    .select('DISTINCT e.personId', 'personId')
    .where('e.status = :status AND e.unitPath LIKE :prefix', { status: 'COMPLETED', prefix: `${unitPath}%` });
  if (courseId) query.andWhere('e.courseId = :courseId', { courseId: Number(courseId) });
  if (until) query.andWhere('e.completedAt < :until', { until });
  const rows = await query.getRawMany<{ personId: number | string }>();
  return new Set(rows.map((r) => String(r.personId)));
}

export interface ProgressQuery extends Audience {
  unitId: string;
  unitPath: string;
  courseId: string | null;
  until?: Date | null;
}

function figures(unitId: string, members: Member[], trained: ReadonlySet<string>, audience: Audience) {
  return {
    unitId,
    ...progressOf(members, trained, audience),
    byCategory: progressByCategory(members, trained, audience).map(({ category, figures: f }) => ({
      category: category as PersonCategoryName | null,
      ...f,
    })),
    byPriorityGroup: progressByPriorityGroup(members, trained, audience, PRIORITY_GROUPS).map(
      ({ group, figures: f }) => ({ group: group as PriorityGroupName, ...f }),
    ),
  };
}

/** The unit's figures, with those of each unit directly below it (people counted where they are now). */
export async function unitProgress(ctx: RequestContext, q: ProgressQuery): Promise<TrainingProgress> {
  const [members, trained] = await Promise.all([
    membersLoader(ctx)
      .load(q.unitId)
      .then((m) => m ?? []),
    trainedPeople(ctx, q.unitPath, q.courseId, q.until ?? null),
  ]);
  const audience: Audience = { audienceKind: q.audienceKind, category: q.category };
  const children = [...membersByChild(q.unitId, members)]
    .map(([unitId, list]) => ({ ...figures(unitId, list, trained, audience), children: [] }))
    .filter((child) => child.people > 0);
  return { ...figures(q.unitId, members, trained, audience), children };
}
