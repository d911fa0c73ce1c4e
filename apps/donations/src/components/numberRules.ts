/**
 * A form rule for a whole number between min and max. The inputs carry no min/max/precision of their
 * own (antd would silently round 1.5 or turn 99,999,999,999 into the max); this says what is wrong.
 * An empty field passes: `required` is a separate rule.
 */
export const wholeIn =
  (min: number, max: number, message: string) =>
  (_: unknown, value: unknown): Promise<void> =>
    value === undefined ||
    value === null ||
    (Number.isInteger(value) && (value as number) >= min && (value as number) <= max)
      ? Promise.resolve()
      : Promise.reject(new Error(message));
