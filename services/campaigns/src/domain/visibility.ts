import { encodeUnitPath } from '@dx/subgraph-kit';

/**
 * Who sees a campaign: a role is held for a unit and the units below it, and a campaign run by a
 * unit above (the ward's campaign, for a residential group's team) is visible too, because the team
 * works in it. `ancestors` are the encoded paths of the scope unit and every unit above it.
 */
export interface CampaignVisibility {
  prefix: string;
  ancestors: string[];
}

export function campaignVisibility(scopeUnitPath: string[] | null): CampaignVisibility | null {
  if (!scopeUnitPath) return null;
  return {
    prefix: encodeUnitPath(scopeUnitPath),
    ancestors: scopeUnitPath.map((_, i) => encodeUnitPath(scopeUnitPath.slice(0, i + 1))),
  };
}

export function canSeeCampaign(visibility: CampaignVisibility | null, campaignUnitPath: string): boolean {
  return (
    visibility === null ||
    campaignUnitPath.startsWith(visibility.prefix) ||
    visibility.ancestors.includes(campaignUnitPath)
  );
}

/** A unit reports in a campaign when it is the owning unit, a participating unit, or below one of them. */
export function unitTakesPart(
  unitPath: string,
  campaignUnitPath: string,
  participantPaths: string[],
): boolean {
  return unitPath.startsWith(campaignUnitPath) || participantPaths.some((p) => unitPath.startsWith(p));
}
