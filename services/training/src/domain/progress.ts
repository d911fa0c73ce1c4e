/** A person as the progress count sees them: who, and where in the unit tree. */
export interface Member {
  id: string;
  unitKind: string;
  /** ids from the root down to the person's unit */
  unitPath: string[];
}

export interface ProgressFigures {
  people: number;
  trained: number;
  /** trained / people, 0..1; 0 when nobody is counted */
  rate: number;
}

export function trainingRate(people: number, trained: number): number {
  return people === 0 ? 0 : Math.min(trained / people, 1);
}

/** People the target is about: everyone, or only members of units of one kind (e.g. COMMUNITY_TEAM). */
export function inAudience(member: Member, audienceKind: string | null): boolean {
  return audienceKind === null || member.unitKind === audienceKind;
}

export function progressOf(
  members: Member[],
  trained: ReadonlySet<string>,
  audienceKind: string | null,
): ProgressFigures {
  const counted = members.filter((m) => inAudience(m, audienceKind));
  const done = counted.filter((m) => trained.has(m.id)).length;
  return { people: counted.length, trained: done, rate: trainingRate(counted.length, done) };
}

/**
 * Rolls members of a unit's subtree up to its direct children: each child's figure counts the
 * people of the child and everything below it. People of the unit itself are not in any child.
 */
export function progressByChild(
  unitId: string,
  members: Member[],
  trained: ReadonlySet<string>,
  audienceKind: string | null,
): Map<string, ProgressFigures> {
  const byChild = new Map<string, Member[]>();
  for (const member of members) {
    const at = member.unitPath.indexOf(unitId);
    const child = at >= 0 ? member.unitPath[at + 1] : undefined;
    if (!child) continue;
    const list = byChild.get(child) ?? [];
    list.push(member);
    byChild.set(child, list);
  }
  return new Map([...byChild].map(([child, list]) => [child, progressOf(list, trained, audienceKind)]));
}

export function targetMet(figures: ProgressFigures, targetPercent: number): boolean {
  return figures.people > 0 && figures.rate * 100 >= targetPercent;
}
