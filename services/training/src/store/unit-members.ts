import { encodeUnitPath, queryGateway, type RequestContext } from '@dx/subgraph-kit';
import type { Member } from '../domain/progress';

export interface UnitMember extends Member {
  unitId: string;
  /** encoded, e.g. "/1/4/17/" */
  unitPathKey: string;
}

interface PeoplePage {
  people: {
    nodes: {
      id: string;
      category: string | null;
      priorityGroups: string[];
      unit: { id: string; kind: string; path: string[] };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PEOPLE_PAGE = `query ($unitId: ID!, $after: String) {
  people(unitId: $unitId, includeSubunits: true, first: 100, after: $after) {
    nodes { id category priorityGroups unit { id kind path } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * Everyone in a unit and the units below it, as the directory knows them now (with the caller's
 * rights), in the directory's order (by name).
 */
export async function unitMembers(ctx: RequestContext, unitId: string): Promise<UnitMember[]> {
  const members: UnitMember[] = [];
  let after: string | null = null;
  do {
    const page: PeoplePage = await queryGateway<PeoplePage>(ctx, PEOPLE_PAGE, { unitId, after });
    for (const person of page.people.nodes) {
      members.push({
        id: person.id,
        unitId: person.unit.id,
        unitKind: person.unit.kind,
        category: person.category,
        priorityGroups: person.priorityGroups,
        unitPath: person.unit.path,
        unitPathKey: encodeUnitPath(person.unit.path),
      });
    }
    after = page.people.pageInfo.hasNextPage ? page.people.pageInfo.endCursor : null;
  } while (after);
  return members;
}
