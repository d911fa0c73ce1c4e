import { APPS, GATEWAY, SERVICES } from './manifest';

/**
 * Ports browsers and Node's fetch refuse to connect to (the Fetch standard's "bad ports",
 * https://fetch.spec.whatwg.org/#port-blocking — the same list as undici's `badPorts`). A suite
 * moved onto one of them starts, then fails in the browser with an unhelpful network error.
 */
export const BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Every one-machine port of the suite, moved by `offset` (DX_PORT_OFFSET). */
export function suitePorts(offset = 0): { name: string; port: number }[] {
  return [GATEWAY, ...SERVICES, ...APPS].map((p) => ({ name: p.name, port: p.port + offset }));
}

/** The suite's ports at `offset` that browsers or fetch refuse, or that are not ports at all. */
export function unusablePorts(offset = 0): { name: string; port: number }[] {
  return suitePorts(offset).filter(
    ({ port }) => !Number.isInteger(port) || port < 1 || port > 65535 || BLOCKED_PORTS.has(port),
  );
}

/** Throws a message naming each refused port when `offset` moves any of the suite onto one. */
export function assertUsableOffset(offset: number): void {
  if (!Number.isInteger(offset)) throw new Error(`DX_PORT_OFFSET must be a whole number (got ${offset})`);
  const refused = unusablePorts(offset);
  if (refused.length)
    throw new Error(
      `DX_PORT_OFFSET=${offset} puts ${refused.map((p) => `${p.name} on ${p.port}`).join(', ')}: ` +
        "browsers and Node's fetch refuse ports outside 1-65535 and these 'bad ports' " +
        '(https://fetch.spec.whatwg.org/#port-blocking); choose another offset',
    );
}
