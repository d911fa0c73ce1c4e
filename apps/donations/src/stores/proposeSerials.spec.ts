import { proposeSerials } from './proposeSerials';

describe('proposing serials for one set to each team', () => {
  const pieces = [
    { serial: 'MI-001', category: 'PRINTER' },
    { serial: 'MI-002', category: 'PRINTER' },
    { serial: 'MT-001', category: 'COMPUTER' },
    { serial: 'MT-002', category: 'COMPUTER' },
    { serial: 'MT-003', category: 'COMPUTER' },
  ];
  test('each team gets the next pieces of each category it receives', () => {
    expect(proposeSerials(['t1', 't2'], { COMPUTER: 1, PRINTER: 1 }, pieces)).toEqual({
      t1: ['MI-001', 'MT-001'],
      t2: ['MI-002', 'MT-002'],
    });
  });
  test('a category not received, or not a whole number, proposes nothing; a short store leaves the last team short', () => {
    expect(proposeSerials(['t1', 't2'], { COMPUTER: 2, PRINTER: 0.5 }, pieces)).toEqual({
      t1: ['MT-001', 'MT-002'],
      t2: ['MT-003'],
    });
  });
});
