import { DomainError, type ErrorCode } from '@dx/subgraph-kit';
import type { Refusal } from '../domain/task-rules';

/**
 * A refusal as the client needs it: the code drives the client, the message key and parameters
 * let the screen say it in the reader's language, the English message is for scripts and logs.
 */
export function refuse(code: ErrorCode, refusal: Refusal, field?: string): DomainError {
  return new DomainError(code, refusal.message, {
    messageKey: refusal.key,
    params: refusal.params ?? {},
    ...(field ? { field } : {}),
  });
}

export const refuseInput = (refusal: Refusal, field?: string) => refuse('BAD_USER_INPUT', refusal, field);
