import {
  consumeJetStream,
  eventReceiver,
  scheduleDaily,
  type ServiceRoutes,
  type ServiceWorker,
} from '@dx/subgraph-kit';
import { SHELL } from '@dx/suite-manifest';
import { sendDigests, sendPendingEmails } from './store/email-delivery';
import { intakeEvent } from './store/intake';
import { mailerFromEnv } from './store/mailer';

/** Services whose streams the JetStream consumer reads (DX_EVENT_SOURCES, comma-separated). */
const sources = () =>
  (process.env.DX_EVENT_SOURCES ?? 'tasks,training,awards,donations')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const shellUrl = () =>
  process.env.DX_SHELL_URL ?? `http://127.0.0.1:${SHELL.port + Number(process.env.DX_PORT_OFFSET ?? 0)}`;

/** The HTTP default: producers' relays POST here (loopback only, or HMAC-signed with DX_EVENTS_SECRET). */
export const eventRoutes: ServiceRoutes = (app, env) => {
  const secret = env.events.transport === 'http' ? env.events.secret : process.env.DX_EVENTS_SECRET;
  app.post(
    '/internal/events',
    ...eventReceiver(async (event) => void (await intakeEvent(env.dataSource, event, env.log)), secret),
  );
};

/** Production: durable JetStream consumers named `notifications` on every producer's stream. */
export const jetStreamConsumer: ServiceWorker = async (env) => {
  if (env.events.transport !== 'nats') return { stop: async () => undefined };
  return consumeJetStream({
    servers: env.events.servers,
    prefix: env.events.prefix,
    durable: 'notifications',
    sources: sources(),
    log: env.log,
    handle: async (event) => void (await intakeEvent(env.dataSource, event, env.log)),
  });
};

/** Emails one by one every few seconds, and the 07:30 digest (Vietnam time). */
export const emailWorker: ServiceWorker = async (env) => {
  const mailer = mailerFromEnv();
  env.log.info({ target: mailer.target }, 'notification emails go here');
  const pollMs = Number(process.env.DX_MAIL_POLL_MS ?? 2000);
  let stopped = false;
  let pass: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    pass = sendPendingEmails(env.dataSource, mailer, shellUrl(), env.log)
      .catch((error) => env.log.warn({ err: error }, 'email pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, pollMs);
      });
  };
  timer = setTimeout(loop, pollMs);
  const digest = scheduleDaily({
    name: 'notification-digest',
    pattern: '30 7 * * *',
    log: env.log,
    run: () => sendDigests(env.dataSource, mailer, shellUrl(), env.log),
  });
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await digest.stop();
      await pass;
      mailer.close();
    },
  };
};
