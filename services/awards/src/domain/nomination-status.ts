export const NOMINATION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type NominationStatusName = (typeof NOMINATION_STATUSES)[number];

export type NominationStep = 'edit' | 'submit' | 'review' | 'decide';

/** DRAFT → SUBMITTED → APPROVED | REJECTED: which status each step needs, and what to tell someone who is too early or late. */
const NEEDS: Record<NominationStep, NominationStatusName> = { edit: 'DRAFT', submit: 'DRAFT', review: 'SUBMITTED', decide: 'SUBMITTED' };

export function stepProblem(step: NominationStep, status: NominationStatusName): string | null {
  if (status === NEEDS[step]) return null;
  if (step === 'edit' || step === 'submit') return `This nomination is already ${status.toLowerCase()}; only drafts can be ${step === 'edit' ? 'changed' : 'submitted'}.`;
  if (status === 'DRAFT') return 'This nomination is still a draft; it can be reviewed and decided once it is submitted.';
  return `This nomination was already ${status.toLowerCase()}; a decision is final.`;
}
