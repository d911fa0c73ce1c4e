export const COMMITTEE_ROLES = [
  'CHAIR',
  'VICE_CHAIR',
  'STANDING_MEMBER',
  'MEMBER',
  'SECRETARY',
  'SUPPORT_TEAM',
] as const;
export type CommitteeRoleName = (typeof COMMITTEE_ROLES)[number];

const ALIASES: Record<string, CommitteeRoleName> = {
  'trưởng ban': 'CHAIR',
  'phó trưởng ban': 'VICE_CHAIR',
  'phó trưởng ban thường trực': 'VICE_CHAIR',
  'ủy viên thường trực': 'STANDING_MEMBER',
  'uỷ viên thường trực': 'STANDING_MEMBER',
  'thành viên thường trực': 'STANDING_MEMBER',
  'ủy viên': 'MEMBER',
  'uỷ viên': 'MEMBER',
  'thành viên': 'MEMBER',
  'thư ký': 'SECRETARY',
  'tổ giúp việc': 'SUPPORT_TEAM',
  'thành viên tổ giúp việc': 'SUPPORT_TEAM',
};

/**
 * The contract takes the role as a string; people write it as "CHAIR", "vice-chair", "Standing
 * member" or in Vietnamese ("Phó Trưởng ban"). Returns the canonical role, or null if unknown.
 */
export function committeeRole(text: string): CommitteeRoleName | null {
  const trimmed = text.trim();
  const code = trimmed.toUpperCase().replace(/[\s-]+/g, '_');
  if ((COMMITTEE_ROLES as readonly string[]).includes(code)) return code as CommitteeRoleName;
  return ALIASES[trimmed.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Members listed as a committee presents itself: chair first, secretary last. */
export function byCommitteeOrder<T extends { role: string }>(members: T[]): T[] {
  const rank = (role: string) => {
    const i = COMMITTEE_ROLES.indexOf(role as CommitteeRoleName);
    return i < 0 ? COMMITTEE_ROLES.length : i;
  };
  return [...members].sort((a, b) => rank(a.role) - rank(b.role));
}

export const DOCUMENT_KINDS = [
  'REGULATION',
  'WORKING_RULES',
  'WORK_PROGRAM',
  'ASSIGNMENT_NOTICE',
  'DECISION',
  'REPORT',
  'OTHER',
] as const;
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];

/** A draft goes to the members for comment; once issued it has a number and date and no more comments. */
export const DOCUMENT_STATUSES = ['DRAFT', 'ISSUED'] as const;
export type DocumentStatusName = (typeof DOCUMENT_STATUSES)[number];

/** The support team (tổ giúp việc) is set up by a decision: its members name that decision. */
export function appointmentProblem(
  role: CommitteeRoleName,
  decision: { kind: DocumentKindName; status: DocumentStatusName } | null,
): { message: string; key: string } | null {
  if (role !== 'SUPPORT_TEAM') return null;
  if (!decision)
    return {
      message:
        'A support-team member is appointed by a decision: choose the decision that set up the support team.',
      key: 'errors.supportTeamNeedsDecision',
    };
  if (decision.kind !== 'DECISION')
    return {
      message: 'The support team is set up by a decision, not by another kind of document.',
      key: 'errors.supportTeamNotDecision',
    };
  if (decision.status !== 'ISSUED')
    return {
      message: 'The decision setting up the support team is still a draft; issue it first.',
      key: 'errors.decisionNotIssued',
    };
  return null;
}
