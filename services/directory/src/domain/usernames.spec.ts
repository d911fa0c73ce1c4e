import { normaliseUsername, usernameProblem } from './usernames';

describe('usernames', () => {
  test('full-width and upper-case spellings are the same username', () => {
    expect(normaliseUsername('ａｄｍｉｎ')).toBe('admin');
    expect(normaliseUsername(' Admin ')).toBe('admin');
  });

  test('accents stay, so "ádmin" is not "admin" (and cannot be created)', () => {
    expect(normaliseUsername('ádmin')).not.toBe('admin');
    expect(usernameProblem('ádmin')).toMatch(/a-z/);
  });

  test('zero-width and no-break spaces are refused', () => {
    expect(usernameProblem('ad\u200bmin')).toMatch(/invisible/);
    expect(usernameProblem('admin\u00a0')).toMatch(/invisible/);
    expect(usernameProblem('ad\ufeffmin')).toMatch(/invisible/);
    expect(usernameProblem('nguyen.van-an_2')).toBeNull();
  });
});
