import dayjs from 'dayjs';

/** A calendar day (YYYY-MM-DD) in the user's locale. */
export const formatDay = (day: string | null | undefined) => (day ? dayjs(day).format('L') : '');

export const formatScore = (score: number | null | undefined) => (score === null || score === undefined ? null : score.toFixed(2));
