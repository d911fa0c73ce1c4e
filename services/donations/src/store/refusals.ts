import { DomainError, type MessageParams } from '@dx/subgraph-kit';

/**
 * A refusal with a code, a message key and parameters (the client renders the key in the reader's
 * language; the English message is the fallback) and, for form errors, the field it belongs to.
 */
export function refusal(
  code: string,
  messageKey: string,
  message: string,
  params: MessageParams = {},
  field?: string,
) {
  return new DomainError(code, message, { messageKey, params, ...(field ? { field } : {}) });
}

export const refuseInput = (
  messageKey: string,
  message: string,
  field?: string,
  params: MessageParams = {},
) => refusal('BAD_USER_INPUT', messageKey, message, params, field);
