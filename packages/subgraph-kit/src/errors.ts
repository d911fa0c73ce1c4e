import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { SERVICE_UNAVAILABLE_MESSAGE, isDatabaseOutage } from './db/outage';

/** Codes every client can rely on (see the contract); services add domain codes such as SESSION_FULL. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

/** Plain JSON, so that a client can interpolate it into a translated message. */
export type MessageParams = Record<string, string | number | boolean | null | string[] | number[]>;

/** What a refusal carries besides its code and English message (all optional). */
export interface RefusalDetails {
  /** The i18n key clients translate, in the `errors` namespace: `errors.<camelCase>`. */
  messageKey?: string;
  params?: MessageParams;
  /** The input field the message belongs to, so forms show it beside that field. */
  field?: string;
  [extension: string]: unknown;
}

/** `SESSION_FULL` → `errors.sessionFull`: the key a refusal gets when it names none. */
export function messageKeyFor(code: string): string {
  const camel = code.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return `errors.${camel}`;
}

/**
 * A refusal a person can act on. `extensions` always hold `code`, `messageKey` and `params` (plain
 * JSON); the English `message` is for logs, scripts and clients without the key.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: RefusalDetails = {}) {
    const { messageKey, params, ...extra } = details;
    super(message, {
      extensions: { code, messageKey: messageKey ?? messageKeyFor(code), params: params ?? {}, ...extra },
    });
  }
}

// HTTP 200 with the error in the body: the gateway passes the code and message on only from a 2xx answer.
export const unauthenticated = (message = 'Sign in to continue.', messageKey = 'errors.unauthenticated') =>
  new DomainError('UNAUTHENTICATED', message, { messageKey, http: { status: 200 } });
export const forbidden = (
  message = 'Your account may not do this.',
  params: MessageParams = {},
  messageKey = 'errors.forbidden',
) => new DomainError('FORBIDDEN', message, { messageKey, params });
/** `what` is the English name of the record ("Task"); clients may translate it or show the id only. */
export const notFound = (what: string, id?: string, field?: string) =>
  new DomainError('NOT_FOUND', id ? `${what} ${id} does not exist.` : `${what} does not exist.`, {
    params: id ? { what, id } : { what },
    ...(field ? { field } : {}),
  });
export const conflict = (message: string, messageKey = 'errors.conflict', params: MessageParams = {}) =>
  new DomainError('CONFLICT', message, { messageKey, params });
/** `field` names the input field so that forms can show the message next to it. */
export const badInput = (
  message: string,
  field?: string,
  messageKey = 'errors.badUserInput',
  params: MessageParams = {},
) =>
  new DomainError('BAD_USER_INPUT', message, {
    messageKey,
    params: field ? { field, ...params } : params,
    ...(field ? { field } : {}),
  });
export const staleVersion = (what: string) =>
  conflict(
    `${what} was changed by someone else since you opened it. Reload it and try again.`,
    'errors.staleVersion',
    { what },
  );

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
    // A scalar's refusal arrives wrapped ('Variable "$input" got invalid value ... at "input.day"; ...'): unwrap it.
    const field = extensions.field ?? variablePath(formatted.message);
    return {
      ...formatted,
      message: cause.message,
      extensions: field ? { ...extensions, field } : extensions,
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST') {
    // In production the schema is not told field by field ("Did you mean ...?").
    const production = process.env.NODE_ENV === 'production';
    return {
      message: production ? formatted.message.replace(/ Did you mean .*\?$/, '') : formatted.message,
      locations: formatted.locations,
      extensions: { code, messageKey: 'errors.invalidRequest', params: {} },
    };
  }
  // type-graphql's argument validation (class-validator) surfaces as "Argument Validation Error".
  const validation = validationDetails(cause);
  if (validation) {
    return {
      message: validation.message,
      path: formatted.path,
      extensions: {
        code: 'BAD_USER_INPUT',
        messageKey: 'errors.invalidField',
        params: { field: validation.field ?? null, constraint: validation.constraint ?? null },
        field: validation.field,
        fields: validation.fields,
      },
    };
  }
  if (isDatabaseOutage(cause)) {
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', messageKey: 'errors.serviceUnavailable', params: {} },
    };
  }
  if (code && CLIENT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
    return {
      message: formatted.message,
      path: formatted.path,
      extensions: { code, messageKey: messageKeyFor(code), params: {} },
    };
  }
  return {
    message: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'errors.internalServerError', params: {} },
  };
}

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** The field a bad variable was for, named as class-validator names it: `$input` at "input.dueDate" → dueDate. */
function variablePath(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /.exec(message);
  if (!match) return undefined;
  return match[2] ? match[2].slice(match[2].indexOf('.') + 1) || match[1] : match[1];
}

function flatten(
  errors: ValidationFailure[],
  prefix = '',
): { field: string; message: string; constraint: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      constraint,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function validationDetails(cause: unknown) {
  const errors = (cause as { extensions?: { validationErrors?: ValidationFailure[] } })?.extensions
    ?.validationErrors;
  if (!Array.isArray(errors)) return undefined;
  const fields = flatten(errors);
  const first = fields[0] ?? { field: undefined, message: 'The input is not valid.', constraint: undefined };
  return { message: first.message, field: first.field, constraint: first.constraint, fields };
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
export function rethrowUniqueViolation(
  message: string,
  messageKey = 'errors.alreadyExists',
  params: MessageParams = {},
) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw conflict(message, messageKey, params);
    throw error;
  };
}
