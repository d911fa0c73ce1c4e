import { Cron } from 'croner';
import type { Logger } from 'pino';

export interface DailyJobOptions {
  name: string;
  /** A cron pattern in `timezone`; default 07:00 every day. */
  pattern?: string;
  /** Default Asia/Ho_Chi_Minh: the suite's people live on Vietnam time whatever the server's clock. */
  timezone?: string;
  run: () => Promise<unknown>;
  log: Logger;
}

export interface DailyJob {
  /** Runs the job now (tests, and an operator re-running a missed morning). */
  trigger(): Promise<void>;
  nextRun(): Date | null;
  stop(): Promise<void>;
}

/**
 * A scheduled job on croner. Every instance of a service runs it; what makes "one reminder per task
 * per day" hold is the job itself writing events with a `dedupeKey`, not the schedule.
 */
export function scheduleDaily(options: DailyJobOptions): DailyJob {
  let current: Promise<unknown> = Promise.resolve();
  const runOnce = () => {
    current = options
      .run()
      .catch((error) => options.log.error({ err: error, job: options.name }, 'scheduled job failed'));
    return current;
  };
  const cron = new Cron(
    options.pattern ?? '0 7 * * *',
    {
      name: `${options.name}-${Math.random().toString(36).slice(2)}`,
      timezone: options.timezone ?? 'Asia/Ho_Chi_Minh',
      protect: true,
    },
    async () => {
      await runOnce();
    },
  );
  return {
    trigger: async () => {
      await runOnce();
    },
    nextRun: () => cron.nextRun(),
    stop: async () => {
      cron.stop();
      await current;
    },
  };
}
