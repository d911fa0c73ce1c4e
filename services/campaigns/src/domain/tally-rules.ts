/** What a recorded figure must satisfy; each rule returns a refusal (message and field) or null. */
export interface TallyProblem {
  message: string;
  field: string;
  /** Key in the `errors` i18n namespace, with its parameters. */
  messageKey: string;
  params?: Record<string, string | number>;
}

export interface TallyCampaign {
  startsOn: string;
  endsOn: string;
}

export interface TallyMetric {
  code: string;
  countsPeople: boolean;
}

export interface PriorityCounts {
  elderly?: number | null;
  disabled?: number | null;
  poorHouseholds?: number | null;
}

export const MAX_TALLY_VALUE = 1_000_000;

export function tallyDayProblem(campaign: TallyCampaign, day: string, today: string): TallyProblem | null {
  if (day < campaign.startsOn || day > campaign.endsOn) {
    return {
      message: `The campaign runs from ${campaign.startsOn} to ${campaign.endsOn}; ${day} is outside it.`,
      field: 'day',
      messageKey: 'errors.campaignDayOutside',
      params: { day, startsOn: campaign.startsOn, endsOn: campaign.endsOn },
    };
  }
  if (day > today) {
    return {
      message: `${day} has not come yet (today is ${today}); figures are entered on the day or after.`,
      field: 'day',
      messageKey: 'errors.campaignDayFuture',
      params: { day, today },
    };
  }
  return null;
}

export function tallyValueProblem(
  metric: TallyMetric,
  value: number,
  groups: PriorityCounts = {},
): TallyProblem | null {
  if (!Number.isFinite(value))
    return { message: 'The figure must be a number.', field: 'value', messageKey: 'errors.tallyNotNumber' };
  if (value < 0)
    return { message: 'A figure cannot be negative.', field: 'value', messageKey: 'errors.tallyNegative' };
  if (value > MAX_TALLY_VALUE)
    return {
      message: `A day's figure may be at most ${MAX_TALLY_VALUE}.`,
      field: 'value',
      messageKey: 'errors.tallyTooLarge',
      params: { max: MAX_TALLY_VALUE },
    };
  if (metric.countsPeople && !Number.isInteger(value))
    return {
      message: 'People are counted in whole numbers.',
      field: 'value',
      messageKey: 'errors.tallyWholePeople',
    };
  const given = Object.entries(groups).filter(([, n]) => n !== null && n !== undefined) as [string, number][];
  if (given.length > 0 && !metric.countsPeople) {
    return {
      message: `Priority groups are counted only for metrics that count people; ${metric.code} does not.`,
      field: given[0][0],
      messageKey: 'errors.priorityGroupsNotPeople',
      params: { metric: metric.code },
    };
  }
  for (const [field, n] of given) {
    if (!Number.isInteger(n) || n < 0)
      return {
        message: 'A priority group is a whole number, 0 or more.',
        field,
        messageKey: 'errors.priorityGroupInvalid',
      };
    if (n > value) {
      return {
        message: `A priority group cannot be larger than the people counted (${value}).`,
        field,
        messageKey: 'errors.priorityGroupTooLarge',
        params: { value },
      };
    }
  }
  return null;
}

export function unknownMetricProblem(code: string, known: string[]): TallyProblem {
  return {
    message: `This campaign has no metric ${code}; it counts ${known.join(', ')}.`,
    field: 'metricCode',
    messageKey: 'errors.unknownMetric',
    params: { metric: code, known: known.join(', ') },
  };
}

/** A correction must say why (it is kept in the audit). */
export function correctionReasonProblem(reason: string): TallyProblem | null {
  const trimmed = reason.trim();
  if (trimmed.length < 3)
    return {
      message: 'Say why the figure is corrected (at least 3 characters).',
      field: 'reason',
      messageKey: 'errors.correctionReasonMissing',
    };
  if (trimmed.length > 500)
    return {
      message: 'A reason may have at most 500 characters.',
      field: 'reason',
      messageKey: 'errors.correctionReasonTooLong',
    };
  return null;
}
