import { lazy } from './connection';
import { isCalendarDate } from './scalars';
import { isWithinScope, scopePrefix } from '../auth/scope';
import type { Identity } from '../auth/identity';

test('lazy work starts only when awaited, and only once', async () => {
  const work = jest.fn(async () => 42);
  const value = lazy(work);
  expect(work).not.toHaveBeenCalled();
  expect(await value).toBe(42);
  expect(await value).toBe(42);
  expect(work).toHaveBeenCalledTimes(1);
});

test('calendar dates are real days written YYYY-MM-DD', () => {
  expect(isCalendarDate('2026-02-28')).toBe(true);
  expect(isCalendarDate('2026-02-29')).toBe(false);
  expect(isCalendarDate('2026-2-1')).toBe(false);
});

describe('unit scope', () => {
  const who = (roles: Identity['roles'], path: string[]): Identity => ({
    accountId: '1',
    username: 'u',
    personId: null,
    roles,
    scopeUnitId: path.at(-1) ?? null,
    scopeUnitPath: path,
  });

  test('a role held for a ward covers the ward and below, nothing beside it', () => {
    const member = who(['COMMITTEE_MEMBER'], ['1', '4']);
    expect(scopePrefix(member)).toBe('/1/4/');
    expect(isWithinScope(member, '/1/4/')).toBe(true);
    expect(isWithinScope(member, '/1/4/17/')).toBe(true);
    expect(isWithinScope(member, '/1/45/')).toBe(false);
    expect(isWithinScope(member, '/1/')).toBe(false);
  });

  test('administrators see everything', () => {
    expect(scopePrefix(who(['ADMIN'], ['1']))).toBeNull();
    expect(isWithinScope(who(['ADMIN'], ['1']), '/9/')).toBe(true);
  });
});
