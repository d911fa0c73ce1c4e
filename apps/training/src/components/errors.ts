import { describeError, hasErrorCode } from '@dx/graphql-client';
import { i18n } from '@dx/i18n';

/**
 * The desk's CONFLICTs are about an enrolment's state (already enrolled, not attended yet, already
 * completed), not only stale edits, so they get the desk's own wording.
 */
export function trainingError(error: unknown): string {
  return hasErrorCode(error, 'CONFLICT') ? i18n.t('training:errors.CONFLICT') : describeError(error);
}
