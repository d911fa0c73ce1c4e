/** A person as the progress count sees them: who, and where in the unit tree. */
export interface Member {
  id: string;
  unitKind: string;
  /** PersonCategory; null: not said */
  category: string | null;
  priorityGroups: string[];
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

/** Who a target or a progress figure counts: members of units of one kind, people of one category. */
export interface Audience {
  /** e.g. COMMUNITY_TEAM; null: units of any kind */
  audienceKind: string | null;
  /** e.g. CIVIL_SERVANT; null: every category (and people whose category is not said) */
  category: string | null;
}

export const EVERYONE: Audience = { audienceKind: null, category: null };

export function inAudience(member: Member, audience: Audience): boolean {
  return (
    (audience.audienceKind === null || member.unitKind === audience.audienceKind) &&
    (audience.category === null || member.category === audience.category)
  );
}

function figuresOf(counted: Member[], trained: ReadonlySet<string>): ProgressFigures {
  const done = counted.filter((m) => trained.has(m.id)).length;
  return { people: counted.length, trained: done, rate: trainingRate(counted.length, done) };
}

export function progressOf(
  members: Member[],
  trained: ReadonlySet<string>,
  audience: Audience,
): ProgressFigures {
  return figuresOf(
    members.filter((m) => inAudience(m, audience)),
    trained,
  );
}

/** The audience's figures split by person category (null: category not said), only categories with people. */
export function progressByCategory(
  members: Member[],
  trained: ReadonlySet<string>,
  audience: Audience,
): { category: string | null; figures: ProgressFigures }[] {
  const groups = new Map<string | null, Member[]>();
  for (const m of members.filter((x) => inAudience(x, audience))) {
    groups.set(m.category, [...(groups.get(m.category) ?? []), m]);
  }
  return [...groups].map(([category, list]) => ({ category, figures: figuresOf(list, trained) }));
}

/** The audience's figures for each priority group (a person may be in several). */
export function progressByPriorityGroup(
  members: Member[],
  trained: ReadonlySet<string>,
  audience: Audience,
  groups: readonly string[],
): { group: string; figures: ProgressFigures }[] {
  const counted = members.filter((m) => inAudience(m, audience));
  return groups
    .map((group) => ({
      group,
      figures: figuresOf(
        counted.filter((m) => m.priorityGroups.includes(group)),
        trained,
      ),
    }))
    .filter((g) => g.figures.people > 0);
}

/**
 * Rolls members of a unit's subtree up to its direct children: each child's figure counts the
 * people of the child and everything below it. People of the unit itself are not in any child.
 */
export function membersByChild(unitId: string, members: Member[]): Map<string, Member[]> {
  const byChild = new Map<string, Member[]>();
  for (const member of members) {
    const at = member.unitPath.indexOf(unitId);
    const child = at >= 0 ? member.unitPath[at + 1] : undefined;
    if (!child) continue;
    const list = byChild.get(child) ?? [];
    list.push(member);
    byChild.set(child, list);
  }
  return byChild;
}

export function progressByChild(
  unitId: string,
  members: Member[],
  trained: ReadonlySet<string>,
  audience: Audience,
): Map<string, ProgressFigures> {
  return new Map(
    [...membersByChild(unitId, members)].map(([child, list]) => [child, progressOf(list, trained, audience)]),
  );
}

export function targetMet(figures: ProgressFigures, targetPercent: number): boolean {
  return figures.people > 0 && figures.rate * 100 >= targetPercent;
}
