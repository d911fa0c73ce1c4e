import {
  combineFigures,
  figuresProblem,
  indicatorValue,
  meetsTarget,
  meetsTargetAcrossUnits,
} from './indicators';
import { evidenceProblem } from './evidence';

describe('monthly DX indicators', () => {
  test('a count is its figure, a share is a percentage with one decimal', () => {
    expect(indicatorValue('COUNT', { numerator: 12, denominator: null })).toBe(12);
    expect(indicatorValue('PERCENT', { numerator: 2, denominator: 3 })).toBe(66.7);
    expect(indicatorValue('PERCENT', { numerator: 0, denominator: null })).toBeNull();
  });

  test('targets are met from above, or from below when lower is better', () => {
    expect(meetsTarget({ measure: 'PERCENT', target: 90, higherIsBetter: true }, 90)).toBe(true);
    expect(meetsTarget({ measure: 'PERCENT', target: 90, higherIsBetter: true }, 89.9)).toBe(false);
    expect(meetsTarget({ measure: 'COUNT', target: 5, higherIsBetter: false }, 3)).toBe(true);
    expect(meetsTarget({ measure: 'COUNT', target: null, higherIsBetter: true }, 3)).toBeNull();
  });

  test('across units a count meets N times its per-unit target, a share its own', () => {
    const meetings = { measure: 'COUNT' as const, target: 4, higherIsBetter: true };
    expect(meetsTargetAcrossUnits(meetings, 22, 3)).toBe(true);
    expect(meetsTargetAcrossUnits(meetings, 10, 3)).toBe(false);
    expect(meetsTargetAcrossUnits({ measure: 'PERCENT', target: 90, higherIsBetter: true }, 91, 3)).toBe(
      true,
    );
  });

  test('across units a share comes from summed figures, not averaged percentages', () => {
    const total = combineFigures([
      { numerator: 9, denominator: 10 },
      { numerator: 10, denominator: 90 },
    ]);
    expect(total).toEqual({ numerator: 19, denominator: 100 });
    expect(indicatorValue('PERCENT', total)).toBe(19);
  });

  test('figures that cannot be right are refused with the field named', () => {
    expect(figuresProblem('PERCENT', { numerator: 5, denominator: 4 })?.field).toBe('numerator');
    expect(figuresProblem('PERCENT', { numerator: 5, denominator: null })?.field).toBe('denominator');
    expect(figuresProblem('COUNT', { numerator: -1, denominator: null })?.field).toBe('numerator');
    expect(figuresProblem('COUNT', { numerator: 7, denominator: null })).toBeNull();
    // Each refusal has a message key for the screen (the figures are refused, never clamped).
    expect(figuresProblem('PERCENT', { numerator: 5, denominator: 4 })).toMatchObject({
      key: 'errors.figurePartOverTotal',
      params: { part: 5, total: 4 },
    });
    expect(figuresProblem('PERCENT', { numerator: 1, denominator: 0 })?.key).toBe(
      'errors.figureTotalRequired',
    );
    expect(figuresProblem('COUNT', { numerator: -1, denominator: null })?.key).toBe(
      'errors.figureWholeNumber',
    );
  });

  test('evidence is a list of web links', () => {
    expect(evidenceProblem(['https://hanoi.gov.vn/bien-ban.pdf'])).toBeNull();
    expect(evidenceProblem(['ftp://x'])).toMatch(/http/);
    expect(evidenceProblem(['not a link'])).toMatch(/not a link/);
  });
});
