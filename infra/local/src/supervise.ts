import { spawn, type ChildProcess } from 'node:child_process';

export interface Supervised {
  /** The process now running (it changes on each restart). */
  current(): ChildProcess;
  restarts(): number;
  /** SIGTERM, no more restarts; resolves when the process has exited. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  env?: Record<string, string | undefined>;
  /** First wait before a restart; doubles while the process keeps dying, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A process that ran this long is healthy again: the next wait is `backoffMs`. */
  healthyAfterMs?: number;
  log?: (line: string) => void;
}

/**
 * Runs `node script` and keeps it running: when it dies (a crash, a kill) it is started again after
 * 1 s, then 2, 4, ... up to 30 s while it keeps dying; everything else keeps serving meanwhile.
 */
export function supervise(name: string, script: string, options: SuperviseOptions = {}): Supervised {
  const { backoffMs = 1_000, maxBackoffMs = 30_000, healthyAfterMs = 60_000 } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  let child!: ChildProcess;
  let attempt = 0;
  let restarts = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, [script], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code, signal) => {
      if (stopped) return;
      attempt = Date.now() - startedAt > healthyAfterMs ? 1 : attempt + 1;
      const waitMs = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
      log(
        `${new Date().toISOString()} ${name} stopped (${signal ?? `exit ${code}`}); restarting in ${waitMs / 1000} s (restart #${restarts + 1}); the rest of the suite keeps serving.`,
      );
      timer = setTimeout(() => {
        restarts++;
        start();
      }, waitMs);
    });
  };
  start();
  return {
    current: () => child,
    restarts: () => restarts,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
