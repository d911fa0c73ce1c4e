/**
 * A first proposal of which named pieces each team receives: the store's pieces of each category in
 * serial order, `perTeam[category]` of them to each team in turn. The desk can change any team's pick;
 * a team left short is what the stock column already shows (the server refuses it too).
 */
export function proposeSerials(
  teamIds: readonly string[],
  perTeam: Readonly<Partial<Record<string, number | null>>>,
  pieces: readonly { serial: string; category: string }[],
): Record<string, string[]> {
  const byCategory = new Map<string, string[]>();
  for (const p of pieces) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p.serial]);
  const proposal: Record<string, string[]> = Object.fromEntries(teamIds.map((id) => [id, []]));
  for (const [category, serials] of byCategory) {
    const each = perTeam[category] ?? 0;
    if (!Number.isInteger(each) || each <= 0) continue;
    teamIds.forEach((id, i) => proposal[id].push(...serials.slice(i * each, (i + 1) * each)));
  }
  return proposal;
}
