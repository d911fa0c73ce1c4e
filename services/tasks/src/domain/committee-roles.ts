export const COMMITTEE_ROLES = ['CHAIR', 'VICE_CHAIR', 'STANDING_MEMBER', 'MEMBER', 'SECRETARY'] as const;
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

export const DOCUMENT_KINDS = ['REGULATION', 'WORKING_RULES', 'WORK_PROGRAM', 'ASSIGNMENT_NOTICE', 'DECISION', 'REPORT', 'OTHER'] as const;
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];
