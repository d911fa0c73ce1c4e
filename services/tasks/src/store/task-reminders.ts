import { addDays, scheduleDaily, today, type ServiceWorker } from '@dx/subgraph-kit';
import type { DataSource } from 'typeorm';
import { In, LessThan, MoreThan } from 'typeorm';
import { TaskRecord } from '../entities/task.entity';
import { taskReminder } from './task-events';

const OPEN = ['NOT_STARTED', 'IN_PROGRESS'];
const BATCH = 200;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The morning reminders of `day` (Vietnam calendar): open tasks due tomorrow, and open tasks past
 * their due date, each as one outbox event per task and day (the dedupe key). Reads in id order by
 * batches, one transaction per batch. Returns how many events this run wrote (0 when another
 * instance already did the day's work).
 */
export async function writeTaskReminders(dataSource: DataSource, day: string = today()): Promise<number> {
  const tomorrow = addDays(day, 1);
  let written = 0;
  for (const dueDate of [tomorrow, LessThan(day)]) {
    let afterId = 0;
    for (;;) {
      const batch = await dataSource.getRepository(TaskRecord).find({
        where: { status: In(OPEN as TaskRecord['status'][]), dueDate, id: MoreThan(afterId) },
        order: { id: 'ASC' },
        take: BATCH,
      });
      if (!batch.length) break;
      await dataSource.transaction(async (manager) => {
        for (const task of batch) {
          const overdue = Math.max(0, daysBetween(task.dueDate, day));
          if (await taskReminder(manager, task, day, overdue)) written++;
        }
      });
      afterId = batch[batch.length - 1].id;
    }
  }
  return written;
}

/** 07:00 Vietnam time every day (DX_TASK_REMINDERS_CRON to change it, e.g. in tests). */
export const taskReminderWorker: ServiceWorker = async (env) => {
  const job = scheduleDaily({
    name: 'task-reminders',
    pattern: process.env.DX_TASK_REMINDERS_CRON ?? '0 7 * * *',
    log: env.log,
    run: async () => {
      const written = await writeTaskReminders(env.dataSource);
      env.log.info({ written }, 'task reminders written');
    },
  });
  return job;
};
