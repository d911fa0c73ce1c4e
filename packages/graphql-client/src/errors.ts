import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { i18n } from '@dx/i18n';

/** Codes the gateway and services put in `extensions.code`, plus two of our own for transport. */
export const KNOWN_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_EXISTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;

/** A server message in a form the client can translate: `extensions.messageKey` + `extensions.params`. */
export interface TranslatableMessage {
  message: string;
  /** e.g. `duplicate` (in the `errors` namespace) or `training:errors.sessionFull`. */
  messageKey?: string;
  params?: Record<string, unknown>;
}

export interface FieldErrorDetail extends TranslatableMessage {
  field: string;
}

export interface ApiErrorDetail extends TranslatableMessage {
  code: string;
  /** For BAD_USER_INPUT: the input field, e.g. `fullName` or `input.fullName`. */
  field?: string;
  /** For validation failures: every field at fault with its own message. */
  fields?: FieldErrorDetail[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const record = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

function fieldDetail(raw: unknown): FieldErrorDetail | null {
  const entry = record(raw);
  const field = text(entry?.field);
  if (!entry || !field) return null;
  return {
    field,
    message: text(entry.message) ?? '',
    messageKey: text(entry.messageKey),
    params: record(entry.params),
  };
}

/** Every error inside an Apollo error, with its code, translatable message and (for BAD_USER_INPUT) fields. */
export function apiErrors(error: unknown): ApiErrorDetail[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const ext = e.extensions ?? {};
      const detail: ApiErrorDetail = { code: text(ext.code) ?? 'UNKNOWN', message: e.message };
      if (text(ext.messageKey)) detail.messageKey = text(ext.messageKey);
      if (record(ext.params)) detail.params = record(ext.params);
      detail.field = text(ext.field);
      detail.fields = Array.isArray(ext.fields)
        ? ext.fields.map(fieldDetail).filter((f): f is FieldErrorDetail => f !== null)
        : undefined;
      return detail;
    });
  }
  if (ServerError.is(error) && error.statusCode >= 500)
    return [{ code: 'SERVICE_UNAVAILABLE', message: error.message }];
  if (error instanceof TypeError || ServerError.is(error))
    return [{ code: 'NETWORK', message: String((error as Error).message) }];
  return [{ code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) }];
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/**
 * The catalogue keys a server `messageKey` may name, most specific first. The kit writes
 * `errors.<camelCase>` (the `errors` namespace, `errors:staleVersion`); a desk may word its own codes
 * as `<desk>:errors.<camelCase>`; a key with a namespace (`training:errors.full`) is used as is.
 */
export function catalogueKeys(messageKey: string, namespace?: string): string[] {
  if (messageKey.includes(':')) return [messageKey];
  const bare = messageKey.replace(/^errors\./, '');
  return [...(namespace ? [`${namespace}:errors.${bare}`] : []), `errors:${bare}`];
}

/** Record names in params ("Task") in the reader's language when the catalogue knows them. */
function localParams(params: Record<string, unknown> = {}): Record<string, unknown> {
  const what = params.what;
  if (typeof what !== 'string' || !i18n.exists(`common:records.${what}`)) return params;
  return { ...params, what: i18n.t(`common:records.${what}`) };
}

/** The server's message in the reader's language when a catalogue has its key, else null. */
export function translateMessage(detail: TranslatableMessage, namespace?: string): string | null {
  if (!detail.messageKey) return null;
  const key = catalogueKeys(detail.messageKey, namespace).find((k) => i18n.exists(k));
  return key ? i18n.t(key, { ...localParams(detail.params) }) : null;
}

// Refusals whose English server sentence says more than the generic text (which record, which field).
const SERVER_SENTENCES = new Set(['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN']);

export interface DescribeOptions {
  /** A desk whose catalogue words its own codes (`<namespace>:errors.<CODE>` or `<namespace>:errors.<messageKey>`). */
  namespace?: string;
}

/**
 * A message a person can act on, in their language, from the first error:
 * 1. the server's `messageKey` + `params` from the catalogues (vi/en/ar);
 * 2. the desk's wording of the code (`<namespace>:errors.<CODE>`), when asked;
 * 3. the generic text of the code (`common:errors.<CODE>`), or the server's own sentence when the
 *    reader reads English or the code has no generic text (a domain code such as OUT_OF_STOCK).
 * A uniqueness refusal is CONFLICT with `errors.alreadyExists`; only `errors.staleVersion` says
 * "someone else changed this record", so a duplicate code never reads as a stale edit.
 */
export function describeError(error: unknown, options: DescribeOptions = {}): string {
  const [first] = apiErrors(error);
  if (!first) return i18n.t('common:errors.UNKNOWN');
  const translated = translateMessage(first, options.namespace);
  if (translated) return translated;
  const deskKey = options.namespace && `${options.namespace}:errors.${first.code}`;
  if (deskKey && i18n.exists(deskKey)) return i18n.t(deskKey);
  const generic = `common:errors.${first.code}`;
  const serverWorded = i18n.language === 'en' && SERVER_SENTENCES.has(first.code);
  if (first.message && (!i18n.exists(generic) || serverWorded)) return first.message;
  return i18n.exists(generic) ? i18n.t(generic) : i18n.t('common:errors.UNKNOWN');
}

/** The message for one field of a BAD_USER_INPUT error, translated when the server sent a key. */
export function describeFieldError(detail: FieldErrorDetail, namespace?: string): string {
  return translateMessage(detail, namespace) ?? detail.message;
}
