import type { GraphQLFormattedError } from 'graphql';

/**
 * Subgraphs mask their own internals (the subgraph kit), so any code they send other than these is a
 * deliberate refusal (UNAUTHENTICATED, CONFLICT, SESSION_FULL, OUT_OF_STOCK, ...) written for people.
 */
const NOT_FOR_CLIENTS = new Set(['', 'INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);
const LEAKS = /(https?:\/\/|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket|at \w+ \(|\bSELECT\b|\bINSERT\b)/i;

/**
 * The last word on what leaves the gateway: deliberate refusals pass with their code and message;
 * anything else (a subgraph down, a timeout, a bug) becomes a message without internals.
 */
export function maskGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const keep = (extensions: Record<string, unknown>) => ({
    message: formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions,
  });
  if (!NOT_FOR_CLIENTS.has(code) && /^[A-Z][A-Z_]+$/.test(code) && !LEAKS.test(formatted.message)) {
    // A refusal's own details (the field, the shortages of an OUT_OF_STOCK) help the client; how it travelled does not.
    const {
      stacktrace: _s,
      serviceName: _n,
      exception: _e,
      http: _h,
      ...details
    } = formatted.extensions ?? {};
    return keep({ ...details, code });
  }
  const unreachable =
    code === 'SERVICE_UNAVAILABLE' ||
    /fetch|ECONNREFUSED|timeout|aborted|Subgraph|service/i.test(formatted.message);
  return {
    message: unreachable
      ? 'Part of dx-suite is not answering right now; what could be loaded is shown. Try again in a moment.'
      : 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
    path: formatted.path,
    extensions: { code: unreachable ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR' },
  };
}
