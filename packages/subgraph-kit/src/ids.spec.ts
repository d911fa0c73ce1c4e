import { clean, numericIds, toId } from './ids';

describe('ids and text', () => {
  test('numericIds keeps only ids that can be integer keys', () => {
    expect(numericIds(['1', '42', 'abc', '1.5', '', ' ', '-3', '9007199254740993'])).toEqual([1, 42]);
  });

  test('toId turns keys into GraphQL ids and keeps null', () => {
    expect(toId(7)).toBe('7');
    expect(toId(null)).toBeNull();
    expect(toId(undefined)).toBeNull();
  });

  test('clean trims, and an empty or blank text becomes null', () => {
    expect(clean('  Lĩnh Nam ')).toBe('Lĩnh Nam');
    expect(clean('   ')).toBeNull();
    expect(clean('')).toBeNull();
    expect(clean(null)).toBeNull();
    expect(clean(undefined)).toBeNull();
  });
});
