import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import express from 'express';
import { isEnvelope, type EventEnvelope } from './envelope';
import type { EventTransport } from './relay';

const SIGNATURE_HEADER = 'x-dx-event-signature';
const sign = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * The one-machine default: POST each event to the consumer's internal endpoint; a 2xx is the
 * acknowledgement, anything else (or no answer) leaves the row pending for the next attempt.
 */
export class HttpEventTransport implements EventTransport {
  constructor(
    private readonly url: string | (() => string),
    private readonly secret?: string,
    private readonly timeoutMs = 5000,
  ) {}

  async publish(envelope: EventEnvelope): Promise<void> {
    const body = JSON.stringify(envelope);
    const url = typeof this.url === 'function' ? this.url() : this.url;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.secret ? { [SIGNATURE_HEADER]: sign(this.secret, body) } : {}),
      },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }

  async close(): Promise<void> {}
}

const loopback = (req: Request) => {
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
};

/**
 * The receiving end of the HTTP default, for the consuming service's express app. With a shared
 * secret (DX_EVENTS_SECRET) the body must carry its HMAC; without one only loopback callers are
 * accepted (the one-machine default). `handle` must be idempotent; it answers 204 once it is done.
 */
export function eventReceiver(
  handle: (event: EventEnvelope) => Promise<void>,
  secret?: string,
): RequestHandler[] {
  return [
    express.text({ type: 'application/json', limit: '256kb' }),
    (req, res, next) => {
      const body = typeof req.body === 'string' ? req.body : '';
      if (secret) {
        const given = Buffer.from(String(req.headers[SIGNATURE_HEADER] ?? ''));
        const wanted = Buffer.from(sign(secret, body));
        if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
          return void res.status(401).end();
      } else if (!loopback(req)) return void res.status(403).end();
      let event: unknown;
      try {
        event = JSON.parse(body);
      } catch {
        return void res.status(400).end();
      }
      if (!isEnvelope(event)) return void res.status(400).end();
      handle(event).then(() => res.status(204).end(), next);
    },
  ];
}
