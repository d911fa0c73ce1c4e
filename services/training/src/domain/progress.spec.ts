import {
  EVERYONE,
  progressByCategory,
  progressByChild,
  progressByPriorityGroup,
  progressOf,
  targetMet,
  trainingRate,
  type Member,
} from './progress';

const member = (
  id: string,
  unitKind: string,
  unitPath: string[],
  category: string | null = null,
  priorityGroups: string[] = [],
): Member => ({ id, unitKind, unitPath, category, priorityGroups });
// ward 4 → group 10 → team 11; ward 4 → office 20
const members = [
  member('a', 'COMMUNITY_TEAM', ['1', '4', '10', '11'], 'COMMUNITY_TEAM_MEMBER'),
  member('b', 'COMMUNITY_TEAM', ['1', '4', '10', '11'], 'COMMUNITY_TEAM_MEMBER', ['ELDERLY']),
  member('c', 'RESIDENTIAL_GROUP', ['1', '4', '10'], 'RESIDENT', ['ELDERLY', 'POOR_HOUSEHOLD']),
  member('d', 'DEPARTMENT', ['1', '4', '20'], 'CIVIL_SERVANT'),
  member('e', 'WARD', ['1', '4']),
];
const kind = (audienceKind: string) => ({ audienceKind, category: null });

describe('training progress', () => {
  test('the rate is trained over people, 0 for nobody', () => {
    expect(trainingRate(4, 3)).toBe(0.75);
    expect(trainingRate(0, 0)).toBe(0);
  });

  test('an audience counts only people of units of that kind', () => {
    const trained = new Set(['a', 'd']);
    expect(progressOf(members, trained, EVERYONE)).toEqual({ people: 5, trained: 2, rate: 0.4 });
    expect(progressOf(members, trained, kind('COMMUNITY_TEAM'))).toEqual({
      people: 2,
      trained: 1,
      rate: 0.5,
    });
  });

  test('a category counts only people of that category; the split covers everyone once', () => {
    const trained = new Set(['a', 'd']);
    const civil = { audienceKind: null, category: 'CIVIL_SERVANT' };
    expect(progressOf(members, trained, civil)).toEqual({ people: 1, trained: 1, rate: 1 });
    const split = progressByCategory(members, trained, EVERYONE);
    expect(split).toEqual([
      { category: 'COMMUNITY_TEAM_MEMBER', figures: { people: 2, trained: 1, rate: 0.5 } },
      { category: 'RESIDENT', figures: { people: 1, trained: 0, rate: 0 } },
      { category: 'CIVIL_SERVANT', figures: { people: 1, trained: 1, rate: 1 } },
      { category: null, figures: { people: 1, trained: 0, rate: 0 } },
    ]);
    expect(split.reduce((n, s) => n + s.figures.people, 0)).toBe(members.length);
  });

  test('priority groups overlap: a person counts in each of theirs', () => {
    const groups = progressByPriorityGroup(members, new Set(['b']), EVERYONE, [
      'ELDERLY',
      'DISABLED',
      'POOR_HOUSEHOLD',
    ]);
    expect(groups).toEqual([
      { group: 'ELDERLY', figures: { people: 2, trained: 1, rate: 0.5 } },
      { group: 'POOR_HOUSEHOLD', figures: { people: 1, trained: 0, rate: 0 } },
    ]);
  });

  test('figures roll up to the units directly below', () => {
    const byChild = progressByChild('4', members, new Set(['a', 'b', 'c']), EVERYONE);
    expect(byChild.get('10')).toEqual({ people: 3, trained: 3, rate: 1 });
    expect(byChild.get('20')).toEqual({ people: 1, trained: 0, rate: 0 });
    expect(byChild.size).toBe(2);
  });

  test('a target is met at or above its share, never for an empty audience', () => {
    expect(targetMet({ people: 10, trained: 10, rate: 1 }, 100)).toBe(true);
    expect(targetMet({ people: 20, trained: 19, rate: 0.95 }, 95)).toBe(true);
    expect(targetMet({ people: 10, trained: 9, rate: 0.9 }, 95)).toBe(false);
    expect(targetMet({ people: 0, trained: 0, rate: 0 }, 50)).toBe(false);
  });
});
