import { childPath, pathIds, placementProblem } from './unit-tree';

test('the administrative tree decides what may sit under what', () => {
  expect(placementProblem('PROVINCE', null)).toBeNull();
  expect(placementProblem('WARD', 'PROVINCE')).toBeNull();
  expect(placementProblem('COMMUNITY_TEAM', 'RESIDENTIAL_GROUP')).toBeNull();
  expect(placementProblem('WARD', null)).toBe('A ward must belong to a province.');
  expect(placementProblem('PROVINCE', 'WARD')).toBe(
    'A province is the top of the tree and has no parent unit.',
  );
  expect(placementProblem('RESIDENTIAL_GROUP', 'PROVINCE')).toMatch(/cannot be placed under a province/);
});

test('paths list the ids from the top down', () => {
  expect(childPath(null, 1)).toBe('/1/');
  expect(childPath('/1/4/', 17)).toBe('/1/4/17/');
  expect(pathIds('/1/4/17/')).toEqual(['1', '4', '17']);
});
