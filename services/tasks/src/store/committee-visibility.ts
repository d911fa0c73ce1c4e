import type { SelectQueryBuilder } from 'typeorm';
import { encodeUnitPath, scopePrefix, type Identity } from '@dx/subgraph-kit';
import type { CommitteeRecord } from '../entities/committee.entity';

/** The committees above the caller's unit, whose members and tasks reach down to it. */
export function ancestorPaths(identity: Identity): string[] {
  return identity.scopeUnitPath
    .slice(0, -1)
    .map((_, i) => encodeUnitPath(identity.scopeUnitPath.slice(0, i + 1)));
}

/** A caller sees the committees of its units and of the units above it (a ward sees the city's committee). */
export function canSeeCommittee(identity: Identity, unitPath: string): boolean {
  const prefix = scopePrefix(identity);
  return prefix === null || unitPath.startsWith(prefix) || ancestorPaths(identity).includes(unitPath);
}

export function visibleCommittees(query: SelectQueryBuilder<CommitteeRecord>, identity: Identity) {
  const prefix = scopePrefix(identity);
  if (prefix === null) return query;
  const above = ancestorPaths(identity);
  return above.length
    ? query.andWhere('(c.unitPath LIKE :scope OR c.unitPath IN (:...above))', { scope: `${prefix}%`, above })
    : query.andWhere('c.unitPath LIKE :scope', { scope: `${prefix}%` });
}
