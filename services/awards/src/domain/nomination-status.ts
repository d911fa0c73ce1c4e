export const NOMINATION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type NominationStatusName = (typeof NOMINATION_STATUSES)[number];

export type NominationStep = 'edit' | 'submit' | 'review' | 'decide' | 'withdraw' | 'return';

/**
 * DRAFT → SUBMITTED → APPROVED | REJECTED; a submitted one may be returned to DRAFT for revision;
 * a draft or submitted one may be WITHDRAWN. Which status each step needs, and what to tell
 * someone who is too early or late.
 */
const NEEDS: Record<NominationStep, NominationStatusName[]> = {
  edit: ['DRAFT'],
  submit: ['DRAFT'],
  review: ['SUBMITTED'],
  decide: ['SUBMITTED'],
  withdraw: ['DRAFT', 'SUBMITTED'],
  return: ['SUBMITTED'],
};

export function stepProblem(step: NominationStep, status: NominationStatusName): string | null {
  if (NEEDS[step].includes(status)) return null;
  if (status === 'WITHDRAWN') return 'This nomination was withdrawn; nothing more can be done with it.';
  if (step === 'withdraw')
    return `This nomination was already ${status.toLowerCase()}; a decided nomination cannot be withdrawn.`;
  if (step === 'return')
    return status === 'DRAFT'
      ? 'This nomination is a draft already.'
      : `This nomination was already ${status.toLowerCase()}; a decision is final.`;
  if (step === 'edit' || step === 'submit')
    return `This nomination is already ${status.toLowerCase()}; only drafts can be ${step === 'edit' ? 'changed' : 'submitted'}.`;
  if (status === 'DRAFT')
    return 'This nomination is still a draft; it can be reviewed and decided once it is submitted.';
  return `This nomination was already ${status.toLowerCase()}; a decision is final.`;
}
