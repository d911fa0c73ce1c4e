import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { i18n } from '@dx/i18n';

/** Codes the gateway and services put in `extensions.code`, plus two of our own for transport. */
export const KNOWN_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;

export interface ApiErrorDetail {
  code: string;
  message: string;
  /** For BAD_USER_INPUT: the input field, e.g. `fullName` or `input.fullName`. */
  field?: string;
  /** For validation failures: every field at fault with its own message. */
  fields?: { field: string; message: string }[];
}

/** Every error inside an Apollo error, with its code and (for BAD_USER_INPUT) the input field. */
export function apiErrors(error: unknown): ApiErrorDetail[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN',
      message: e.message,
      field: typeof e.extensions?.field === 'string' ? e.extensions.field : undefined,
      fields: Array.isArray(e.extensions?.fields) ? (e.extensions.fields as { field: string; message: string }[]) : undefined,
    }));
  }
  if (ServerError.is(error) && error.statusCode >= 500) return [{ code: 'SERVICE_UNAVAILABLE', message: error.message }];
  if (error instanceof TypeError || ServerError.is(error)) return [{ code: 'NETWORK', message: String((error as Error).message) }];
  return [{ code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) }];
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/**
 * A message a person can act on, in the current language. Domain codes (SESSION_FULL,
 * OUT_OF_STOCK...) use the server's message, which already says what to do; generic codes get
 * the catalogue's text, which says it in the user's language.
 */
export function describeError(error: unknown): string {
  const [first] = apiErrors(error);
  if (!first) return i18n.t('common:errors.UNKNOWN');
  const key = `common:errors.${first.code}`;
  if (first.code === 'BAD_USER_INPUT' && first.message) return first.message;
  return i18n.exists(key) ? i18n.t(key) : first.message || i18n.t('common:errors.UNKNOWN');
}
