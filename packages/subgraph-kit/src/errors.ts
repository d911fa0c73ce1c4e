import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes every client can rely on (see the contract); services add domain codes such as SESSION_FULL. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

/** A refusal a person can act on: the message is shown to them, the code drives the client. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

// HTTP 200 with the error in the body: the gateway passes the code and message on only from a 2xx answer.
export const unauthenticated = (message = 'Sign in to continue.') =>
  new DomainError('UNAUTHENTICATED', message, { http: { status: 200 } });
export const forbidden = (message = 'Your account may not do this.') => new DomainError('FORBIDDEN', message);
export const notFound = (what: string, id?: string) =>
  new DomainError('NOT_FOUND', id ? `${what} ${id} does not exist.` : `${what} does not exist.`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
/** `field` names the input field so that forms can show the message next to it. */
export const badInput = (message: string, field?: string) =>
  new DomainError('BAD_USER_INPUT', message, field ? { field } : {});
export const staleVersion = (what: string) =>
  conflict(`${what} was changed by someone else since you opened it. Reload it and try again.`);

const CLIENT_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

/**
 * Masks everything that is not a deliberate refusal: a client sees a code and a message written for
 * it, never SQL, stack traces or internal addresses.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const cause = original instanceof GraphQLError ? (original.originalError ?? original) : original;
  const code = formatted.extensions?.code as string | undefined;
  if (cause instanceof DomainError) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST') {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  // type-graphql's argument validation (class-validator) surfaces as "Argument Validation Error".
  const validation = validationDetails(cause);
  if (validation) {
    return {
      message: validation.message,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: validation.field, fields: validation.fields },
    };
  }
  if (code && CLIENT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message, path: formatted.path, extensions: { code } };
  }
  return {
    message: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

function flatten(errors: ValidationFailure[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function validationDetails(cause: unknown) {
  const errors = (cause as { extensions?: { validationErrors?: ValidationFailure[] } })?.extensions
    ?.validationErrors;
  if (!Array.isArray(errors)) return undefined;
  const fields = flatten(errors);
  const first = fields[0] ?? { field: undefined, message: 'The input is not valid.' };
  return { message: first.message, field: first.field, fields };
}

/** True when a database refused a write because of a unique index (SQLite or MySQL/MariaDB). */
export function isUniqueViolation(error: unknown): boolean {
  const text = String((error as { message?: string })?.message ?? '');
  return /UNIQUE constraint failed|Duplicate entry|ER_DUP_ENTRY/i.test(text);
}

/**
 * Two concurrent writes can both pass an "is it taken?" check; the unique index decides. Use as
 * `.catch(rethrowUniqueViolation('...'))` so the loser gets CONFLICT with a message, not a 500.
 */
export function rethrowUniqueViolation(message: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw conflict(message);
    throw error;
  };
}
