import { In } from 'typeorm';
import { groupBy, loaderFor, type RequestContext, numericIds } from '@dx/subgraph-kit';
import { CourseRecord } from '../entities/course.entity';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { SessionRecord } from '../entities/session.entity';
import type { Course, CourseSession, Enrolment } from '../schema/types';
import { toCourse, toEnrolment, toSession } from './mappers';

export const courseLoader = (ctx: RequestContext) =>
  loaderFor<Course>(ctx, 'courseById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(CourseRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toCourse(r)]));
  });

export const sessionLoader = (ctx: RequestContext) =>
  loaderFor<CourseSession>(ctx, 'sessionById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(SessionRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toSession(r)]));
  });

export const sessionsOfCourseLoader = (ctx: RequestContext) =>
  loaderFor<CourseSession[]>(ctx, 'sessionsByCourse', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(SessionRecord)
      .find({ where: { courseId: In(numericIds(ids)) }, order: { startsAt: 'ASC', id: 'ASC' } });
    return groupBy(rows.map(toSession), (s) => s.courseId);
  });

/** Waiting enrolment ids per session, in promotion order: serves waitlistLength and waitlistPosition. */
export const waitlistLoader = (ctx: RequestContext) =>
  loaderFor<number[]>(ctx, 'waitlistBySession', async (ids) => {
    const rows = await ctx.dataSource.getRepository(EnrolmentRecord).find({
      select: { id: true, sessionId: true, waitRank: true },
      where: { sessionId: In(numericIds(ids)), status: 'WAITLISTED' },
      order: { waitRank: 'ASC', id: 'ASC' },
    });
    const grouped = groupBy(rows, (r) => String(r.sessionId));
    return new Map([...grouped].map(([session, list]) => [session, list.map((r) => r.id)]));
  });

export async function waitlistPosition(ctx: RequestContext, enrolment: Enrolment): Promise<number | null> {
  if (enrolment.status !== 'WAITLISTED') return null;
  const waiting = (await waitlistLoader(ctx).load(enrolment.sessionId)) ?? [];
  const place = waiting.indexOf(Number(enrolment.id));
  return place < 0 ? null : place + 1;
}

export const enrolmentsOfPersonLoader = (ctx: RequestContext, scopePrefix: string | null) =>
  loaderFor<Enrolment[]>(ctx, `enrolmentsByPerson:${scopePrefix ?? '*'}`, async (ids) => {
    if (numericIds(ids).length === 0) return new Map();
    const query = ctx.dataSource
      .getRepository(EnrolmentRecord)
      .createQueryBuilder('e')
      .where('e.personId IN (:...ids)', { ids: numericIds(ids) })
      .orderBy('e.id', 'ASC');
    if (scopePrefix) query.andWhere('e.unitPath LIKE :prefix', { prefix: `${scopePrefix}%` });
    const rows = await query.getMany();
    return groupBy(rows.map(toEnrolment), (e) => e.personId);
  });
