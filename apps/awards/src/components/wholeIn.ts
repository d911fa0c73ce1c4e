/**
 * A form rule for a whole number between min and max. The inputs carry no min/max of their own (antd
 * would silently turn 15 into 10 or 0 into 1); this refuses with a message instead. An empty field
 * passes: `required` is a separate rule.
 */
export const wholeIn =
  (min: number, max: number, message: string) =>
  (_: unknown, value: unknown): Promise<void> =>
    value === undefined ||
    value === null ||
    (Number.isInteger(value) && (value as number) >= min && (value as number) <= max)
      ? Promise.resolve()
      : Promise.reject(new Error(message));
