import { byCommitteeOrder, committeeRole } from './committee-roles';

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
    const ordered = byCommitteeOrder([{ role: 'SECRETARY' }, { role: 'MEMBER' }, { role: 'CHAIR' }, { role: 'VICE_CHAIR' }]);
    expect(ordered.map((m) => m.role)).toEqual(['CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY']);
  });
});
