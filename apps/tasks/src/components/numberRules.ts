import type { FormRule } from 'antd';
import { apiErrors, describeFieldError, translateMessage } from '@dx/graphql-client';

/**
 * Whole numbers within [min, max], checked before sending and said beside the field with the
 * server's own message key (so the words are the server's refusal's), instead of antd
 * InputNumber's min/max, which silently change what was typed on blur.
 */
export function wholeNumberInRule(
  range: { min: number; max: number },
  messageKey: string,
  param: string,
): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === null || value === undefined || value === '') return;
      const n = Number(value);
      if (Number.isInteger(n) && n >= range.min && n <= range.max) return;
      const params = { ...range, [param]: String(value) };
      throw new Error(translateMessage({ message: messageKey, messageKey, params }) ?? messageKey);
    },
  };
}

/** Progress: 0–100, the server's `errors.progressRange`. */
export const percentRule = () => wholeNumberInRule({ min: 0, max: 100 }, 'errors.progressRange', 'progress');

/** A work program's year: 2000–2100, the server's `errors.programYearRange`. */
export const programYearRule = () =>
  wholeNumberInRule({ min: 2000, max: 2100 }, 'errors.programYearRange', 'year');

/** An indicator's figure: a whole number, 0 or more (`errors.figureWholeNumber`). */
export const figureRule = () =>
  wholeNumberInRule({ min: 0, max: Number.MAX_SAFE_INTEGER }, 'errors.figureWholeNumber', 'value');

/** A share's total: a whole number, 1 or more (`errors.figureTotalRequired`). */
export const totalRule = () =>
  wholeNumberInRule({ min: 1, max: Number.MAX_SAFE_INTEGER }, 'errors.figureTotalRequired', 'value');

/**
 * The figures form names its fields per indicator (`n_<id>`, `d_<id>`); the server names them
 * `numerator`/`denominator`. The refusal's field errors, named as the form names them, so the
 * message lands beside the figure (empty when the refusal is not about a figure).
 */
export function indicatorFieldErrors(
  error: unknown,
  indicatorId: string,
): { name: string; errors: string[] }[] {
  const formName = { numerator: `n_${indicatorId}`, denominator: `d_${indicatorId}` } as Record<
    string,
    string
  >;
  return apiErrors(error)
    .filter((d) => d.code === 'BAD_USER_INPUT')
    .flatMap((d) => (d.fields?.length ? d.fields : d.field ? [{ ...d, field: d.field }] : []))
    .map((f) => ({ name: formName[f.field.replace(/^input\./, '')], errors: [describeFieldError(f)] }))
    .filter((f) => f.name !== undefined);
}
