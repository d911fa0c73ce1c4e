import { appointmentProblem, byCommitteeOrder, committeeRole } from './committee-roles';

describe('committee roles', () => {
  test('codes, English words and Vietnamese titles all name a role', () => {
    expect(committeeRole('CHAIR')).toBe('CHAIR');
    expect(committeeRole('vice-chair')).toBe('VICE_CHAIR');
    expect(committeeRole('Standing member')).toBe('STANDING_MEMBER');
    expect(committeeRole('Phó Trưởng ban')).toBe('VICE_CHAIR');
    expect(committeeRole('Thư ký')).toBe('SECRETARY');
    expect(committeeRole('treasurer')).toBeNull();
  });

  test('members are listed chair first, secretary last', () => {
    const ordered = byCommitteeOrder([
      { role: 'SECRETARY' },
      { role: 'MEMBER' },
      { role: 'CHAIR' },
      { role: 'VICE_CHAIR' },
    ]);
    expect(ordered.map((m) => m.role)).toEqual(['CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY']);
  });

  test('the support team is appointed by an issued decision', () => {
    expect(committeeRole('Tổ giúp việc')).toBe('SUPPORT_TEAM');
    expect(committeeRole('support team')).toBe('SUPPORT_TEAM');
    expect(appointmentProblem('MEMBER', null)).toBeNull();
    expect(appointmentProblem('SUPPORT_TEAM', null)?.key).toBe('errors.supportTeamNeedsDecision');
    expect(appointmentProblem('SUPPORT_TEAM', { kind: 'REGULATION', status: 'ISSUED' })?.key).toBe(
      'errors.supportTeamNotDecision',
    );
    expect(appointmentProblem('SUPPORT_TEAM', { kind: 'DECISION', status: 'DRAFT' })?.key).toBe(
      'errors.decisionNotIssued',
    );
    expect(appointmentProblem('SUPPORT_TEAM', { kind: 'DECISION', status: 'ISSUED' })).toBeNull();
  });
});
