import { addDays, scheduleDaily, today, writeEvent, type ServiceWorker } from '@dx/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Between } from 'typeorm';
import { CourseRecord } from '../entities/course.entity';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { SessionRecord } from '../entities/session.entity';

/** The instant a Vietnam calendar day starts. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00+07:00`);

/**
 * The day-before reminders of `day`: every scheduled session starting tomorrow (Vietnam time) tells
 * the people holding a seat, as one outbox event per session and day (the dedupe key), so several
 * instances running the morning job still send one reminder. Returns how many events this run wrote.
 */
export async function writeSessionReminders(dataSource: DataSource, day: string = today()): Promise<number> {
  const tomorrow = addDays(day, 1);
  const sessions = await dataSource.getRepository(SessionRecord).find({
    where: {
      status: 'SCHEDULED' as SessionRecord['status'],
      startsAt: Between(startOfDay(tomorrow), new Date(startOfDay(addDays(tomorrow, 1)).getTime() - 1)),
    },
    order: { id: 'ASC' },
  });
  let written = 0;
  for (const session of sessions) {
    await dataSource.transaction(async (manager) => {
      const seats = await manager.getRepository(EnrolmentRecord).find({
        select: { personId: true },
        where: { sessionId: session.id, status: 'ENROLLED' as EnrolmentRecord['status'] },
      });
      if (!seats.length) return;
      const course = await manager.getRepository(CourseRecord).findOneBy({ id: session.courseId });
      const id = await writeEvent(manager, {
        type: 'SESSION_REMINDER',
        payload: {
          sessionId: String(session.id),
          courseTitle: course?.title ?? '',
          startsAt: session.startsAt.toISOString(),
          location: session.location,
          unitPath: session.unitPath,
          personIds: [...new Set(seats.map((s) => String(s.personId)))],
        },
        dedupeKey: `session-reminder:${session.id}:${day}`,
      });
      if (id) written++;
    });
  }
  return written;
}

/** 07:00 Vietnam time every day (DX_SESSION_REMINDERS_CRON to change it). */
export const sessionReminderWorker: ServiceWorker = async (env) =>
  scheduleDaily({
    name: 'session-reminders',
    pattern: process.env.DX_SESSION_REMINDERS_CRON ?? '0 7 * * *',
    log: env.log,
    run: async () =>
      env.log.info({ written: await writeSessionReminders(env.dataSource) }, 'session reminders written'),
  });
