import { countablePrefix, weekOf } from './summary-scope';

describe('what a dashboard summary may count', () => {
  test('the unit inside the scope, the scope inside the unit, or nothing', () => {
    expect(countablePrefix('/1/4/', '/1/')).toBe('/1/4/');
    expect(countablePrefix('/1/', '/1/4/')).toBe('/1/4/');
    expect(countablePrefix('/1/5/', '/1/4/')).toBeNull();
    expect(countablePrefix('/1/5/', null)).toBe('/1/5/');
  });

  test('a Vietnam week runs Monday to Sunday', () => {
    expect(weekOf('2026-12-02')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekOf('2026-12-06')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekOf('2026-11-30')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
  });
});
