export const INDICATOR_MEASURES = ['COUNT', 'PERCENT'] as const;
export type IndicatorMeasureName = (typeof INDICATOR_MEASURES)[number];

export interface IndicatorDefinition {
  measure: IndicatorMeasureName;
  target: number | null;
  higherIsBetter: boolean;
}

export interface MonthlyFigures {
  numerator: number;
  denominator: number | null;
}

/** A count is its numerator; a share is numerator / denominator in percent (one decimal). */
export function indicatorValue(measure: IndicatorMeasureName, figures: MonthlyFigures): number | null {
  if (measure === 'COUNT') return figures.numerator;
  if (!figures.denominator) return null;
  return Math.round((1000 * figures.numerator) / figures.denominator) / 10;
}

export function meetsTarget(definition: IndicatorDefinition, value: number | null): boolean | null {
  if (value === null || definition.target === null) return null;
  return definition.higherIsBetter ? value >= definition.target : value <= definition.target;
}

/** Across units a share is recomputed from the summed figures, never averaged from percentages. */
export function combineFigures(rows: MonthlyFigures[]): MonthlyFigures {
  const numerator = rows.reduce((sum, r) => sum + r.numerator, 0);
  const withDenominator = rows.filter((r) => r.denominator !== null);
  const denominator = withDenominator.length
    ? withDenominator.reduce((sum, r) => sum + (r.denominator ?? 0), 0)
    : null;
  return { numerator, denominator };
}

/** null when the figures fit the indicator, else what is wrong and with which field. */
export function figuresProblem(
  measure: IndicatorMeasureName,
  figures: MonthlyFigures,
): { field: string; message: string; key: string; params?: Record<string, number> } | null {
  if (!Number.isInteger(figures.numerator) || figures.numerator < 0) {
    return {
      field: 'numerator',
      message: 'The value is a whole number, 0 or more.',
      key: 'errors.figureWholeNumber',
    };
  }
  if (measure === 'PERCENT') {
    if (figures.denominator === null || !Number.isInteger(figures.denominator) || figures.denominator <= 0) {
      return {
        field: 'denominator',
        message: 'A share needs a total (denominator) of at least 1.',
        key: 'errors.figureTotalRequired',
      };
    }
    if (figures.numerator > figures.denominator) {
      return {
        field: 'numerator',
        message: 'The part cannot be larger than the total.',
        key: 'errors.figurePartOverTotal',
        params: { part: figures.numerator, total: figures.denominator },
      };
    }
  }
  return null;
}

/** A count's target is per unit, so across N units the bar is N times higher; a share's stays. */
export function meetsTargetAcrossUnits(
  definition: IndicatorDefinition,
  value: number | null,
  units: number,
): boolean | null {
  if (definition.measure === 'PERCENT' || definition.target === null) return meetsTarget(definition, value);
  return meetsTarget({ ...definition, target: definition.target * units }, value);
}
