export interface ReviewerPosition {
  personId: string;
  unitId: string;
}

export interface NomineeIdentity {
  /** set for an individual */
  personId: string | null;
  /** the unit honoured (collective) or the unit the individual works in */
  homeUnitId: string;
}

/**
 * A reviewer may not score themselves, their own unit, or a colleague from their own unit. Units
 * above or below theirs are fine: a city committee member reviews the wards' nominations.
 */
export function conflictOfInterest(reviewer: ReviewerPosition, nominee: NomineeIdentity): string | null {
  if (nominee.personId !== null && nominee.personId === reviewer.personId) {
    return 'You cannot review your own nomination; another committee member has to.';
  }
  if (nominee.homeUnitId === reviewer.unitId) {
    return nominee.personId === null
      ? 'You cannot review a nomination of your own unit; another committee member has to.'
      : 'You cannot review a nomination of a colleague from your own unit; another committee member has to.';
  }
  return null;
}

export interface Nominator {
  accountId: string | null;
  personId: string | null;
}

/** The account that nominated (or the person behind it) may not score what it put forward. */
export function nominatorConflict(
  reviewer: { accountId: string; personId: string },
  nominator: Nominator,
): string | null {
  if (
    nominator.accountId === reviewer.accountId ||
    (nominator.personId !== null && nominator.personId === reviewer.personId)
  ) {
    return 'You nominated this; another committee member has to review it.';
  }
  return null;
}
