export const CAMPAIGN_STATUSES = ['PLANNED', 'RUNNING', 'CLOSED'] as const;
export type CampaignStatusName = (typeof CAMPAIGN_STATUSES)[number];

/** A campaign runs from its first day to its last, both included, by the Vietnam calendar. */
export function campaignStatus(startsOn: string, endsOn: string, today: string): CampaignStatusName {
  if (today < startsOn) return 'PLANNED';
  if (today > endsOn) return 'CLOSED';
  return 'RUNNING';
}

/** Why these dates cannot make a campaign, or null. */
export function campaignDatesProblem(startsOn: string, endsOn: string): string | null {
  if (endsOn < startsOn) return 'A campaign cannot end before it starts.';
  return null;
}
