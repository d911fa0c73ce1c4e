export const formatScore = (score: number | null | undefined) =>
  score === null || score === undefined ? null : score.toFixed(2);

/** The date format of the date pickers (dayjs has no locale formats loaded in the suite). */
export const PICKER_FORMAT = 'DD/MM/YYYY';
