import { progressByChild, progressOf, targetMet, trainingRate, type Member } from './progress';

const member = (id: string, unitKind: string, unitPath: string[]): Member => ({ id, unitKind, unitPath });
// ward 4 → group 10 → team 11; ward 4 → office 20
const members = [
  member('a', 'COMMUNITY_TEAM', ['1', '4', '10', '11']),
  member('b', 'COMMUNITY_TEAM', ['1', '4', '10', '11']),
  member('c', 'RESIDENTIAL_GROUP', ['1', '4', '10']),
  member('d', 'DEPARTMENT', ['1', '4', '20']),
  member('e', 'WARD', ['1', '4']),
];

describe('training progress', () => {
  test('the rate is trained over people, 0 for nobody', () => {
    expect(trainingRate(4, 3)).toBe(0.75);
    expect(trainingRate(0, 0)).toBe(0);
  });

  test('an audience counts only people of units of that kind', () => {
    const trained = new Set(['a', 'd']);
    expect(progressOf(members, trained, null)).toEqual({ people: 5, trained: 2, rate: 0.4 });
    expect(progressOf(members, trained, 'COMMUNITY_TEAM')).toEqual({ people: 2, trained: 1, rate: 0.5 });
  });

  test('figures roll up to the units directly below', () => {
    const byChild = progressByChild('4', members, new Set(['a', 'b', 'c']), null);
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
