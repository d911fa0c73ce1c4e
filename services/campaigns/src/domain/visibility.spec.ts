import { campaignVisibility, canSeeCampaign, unitTakesPart } from './visibility';

describe('campaign visibility and unit scope', () => {
  const team = campaignVisibility(['1', '4', '17', '18']);

  test('a team sees its own tree and the campaigns of the units above it, not a sibling ward', () => {
    expect(team?.ancestors).toEqual(['/1/', '/1/4/', '/1/4/17/', '/1/4/17/18/']);
    expect(canSeeCampaign(team, '/1/4/')).toBe(true);
    expect(canSeeCampaign(team, '/1/4/17/18/')).toBe(true);
    expect(canSeeCampaign(team, '/1/5/')).toBe(false);
    expect(canSeeCampaign(team, '/1/4/19/')).toBe(false);
    expect(canSeeCampaign(null, '/9/')).toBe(true);
  });

  test('a unit takes part under the owner or a participant', () => {
    expect(unitTakesPart('/1/4/17/', '/1/4/', [])).toBe(true);
    expect(unitTakesPart('/1/5/3/', '/1/4/', ['/1/5/3/'])).toBe(true);
    expect(unitTakesPart('/1/5/', '/1/4/', ['/1/5/3/'])).toBe(false);
  });
});
