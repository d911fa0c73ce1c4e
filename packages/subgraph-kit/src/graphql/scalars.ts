import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { DomainError } from '../errors';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * The refusal of a bad day. `http: 200` matters: a subgraph answers a bad variable with HTTP 400
 * unless the error says otherwise, and the gateway turns any non-2xx answer into an internal error;
 * with 200 the caller gets BAD_USER_INPUT naming the field (see maskError).
 */
export const invalidDate = (value: unknown) =>
  new DomainError(
    'BAD_USER_INPUT',
    `"${String(value)}" is not a date; write it as YYYY-MM-DD, and make it a real day.`,
    {
      messageKey: 'errors.invalidDate',
      params: { value: String(value) },
      http: { status: 200 },
    },
  );

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) throw invalidDate(value);
  return value;
}

/**
 * A calendar day without time or zone, kept as the string YYYY-MM-DD everywhere. Strict: a value
 * that is not a real day is refused as BAD_USER_INPUT before any resolver runs.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDay(value)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = DateTimeResolver;
