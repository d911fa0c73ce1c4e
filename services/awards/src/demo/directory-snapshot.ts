import { encodeUnitPath, type DemoEnvironment } from '@dx/subgraph-kit';

export interface DemoUnit {
  id: number;
  code: string;
  name: string;
  path: string;
}

export interface DemoPerson {
  id: number;
  fullName: string;
  position: string | null;
  unit: DemoUnit;
}

type Page<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

async function all<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  do {
    const page: Page<T> = await fetchPage(after);
    rows.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

type RawUnit = { id: string; code: string; name: string; path: string[] };
const toUnit = (u: RawUnit): DemoUnit => ({
  id: Number(u.id),
  code: u.code,
  name: u.name,
  path: encodeUnitPath(u.path),
});

/** The Hanoi part of the directory, read once through the gateway (the demo seeds after the directory). */
export async function readHanoi(gateway: DemoEnvironment['gateway']) {
  const units = await all<RawUnit>(
    async (after) =>
      (
        await gateway(
          'query ($a: String) { units(first: 100, after: $a) { nodes { id code name path } pageInfo { hasNextPage endCursor } } }',
          { a: after },
        )
      ).units,
  );
  const byCode = new Map(units.map((u) => [u.code, toUnit(u)]));
  const hanoi = byCode.get('HN');
  if (!hanoi) return null;
  const people = await all<{ id: string; fullName: string; position: string | null; unit: RawUnit }>(
    async (after) =>
      (
        await gateway(
          'query ($u: ID, $a: String) { people(unitId: $u, includeSubunits: true, first: 100, after: $a) { nodes { id fullName position unit { id code name path } } pageInfo { hasNextPage endCursor } } }',
          { u: String(hanoi.id), a: after },
        )
      ).people,
  );
  return {
    unit: (code: string) => {
      const unit = byCode.get(code);
      if (!unit) throw new Error(`The demo directory has no unit ${code}.`);
      return unit;
    },
    people: people.map((p) => ({
      id: Number(p.id),
      fullName: p.fullName,
      position: p.position,
      unit: toUnit(p.unit),
    })),
  };
}

export type HanoiDirectory = NonNullable<Awaited<ReturnType<typeof readHanoi>>>;
