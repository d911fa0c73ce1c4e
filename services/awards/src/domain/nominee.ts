/** A nomination honours either a collective (a unit) or an individual (a person), never both. */
export type NominationKind = 'COLLECTIVE' | 'INDIVIDUAL';

export interface NomineeChoice {
  nomineeUnitId?: string | null;
  nomineePersonId?: string | null;
}

export type Nominee = { kind: 'COLLECTIVE'; unitId: string } | { kind: 'INDIVIDUAL'; personId: string };

/** The one nominee named by the input, or a message saying what to fix. */
export function chooseNominee(input: NomineeChoice): Nominee | { problem: string } {
  const unitId = input.nomineeUnitId?.trim() || null;
  const personId = input.nomineePersonId?.trim() || null;
  if (unitId && personId)
    return { problem: 'Nominate either a collective (a unit) or an individual (a person), not both.' };
  if (unitId) return { kind: 'COLLECTIVE', unitId };
  if (personId) return { kind: 'INDIVIDUAL', personId };
  return { problem: 'Choose the collective (a unit) or the individual (a person) to nominate.' };
}

/**
 * 'U:12' or 'P:34': one column that a unique index over (roundId, nomineeKey) keeps to one
 * nomination per nominee per round, whichever kind the nominee is.
 */
export function nomineeKey(nominee: Nominee): string {
  return nominee.kind === 'COLLECTIVE' ? `U:${nominee.unitId}` : `P:${nominee.personId}`;
}

/** Evidence is a list of web links (documents, photos, reports); anything else is refused. */
export function evidenceLinkProblem(links: string[]): string | null {
  if (links.length > 20) return 'Attach at most 20 evidence links.';
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return `"${link}" is not a web address; give the full address of the page, starting with https`;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return `"${link}" is not a web address; give the full address of the page, starting with https`;
    if (link.length > 500) return 'An evidence link may have at most 500 characters.';
  }
  return null;
}
