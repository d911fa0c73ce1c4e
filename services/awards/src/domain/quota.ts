import type { NominationKind } from './nominee';

export interface RoundQuotas {
  collectiveQuota: number | null;
  individualQuota: number | null;
  approvedCollectives: number;
  approvedIndividuals: number;
}

export function quotaFor(
  round: RoundQuotas,
  kind: NominationKind,
): { quota: number | null; approved: number } {
  return kind === 'COLLECTIVE'
    ? { quota: round.collectiveQuota, approved: round.approvedCollectives }
    : { quota: round.individualQuota, approved: round.approvedIndividuals };
}

/** Why one more approval of this kind would break the round's quota, or null (no quota means no limit). */
export function quotaProblem(round: RoundQuotas, kind: NominationKind): string | null {
  const { quota, approved } = quotaFor(round, kind);
  if (quota === null || approved < quota) return null;
  const what = kind === 'COLLECTIVE' ? 'collectives' : 'individuals';
  return `This round honours at most ${quota} ${what} and ${approved} are already approved; reject another first or raise the quota.`;
}
