import { Brackets, type SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { encodeUnitPath, scopePrefix, type Identity } from '@dx/subgraph-kit';

/** "/1/", "/1/4/", ... : the paths of the caller's scope unit and every unit above it. */
export function ancestorPaths(identity: Identity): string[] {
  return identity.scopeUnitPath.map((_, i) => encodeUnitPath(identity.scopeUnitPath.slice(0, i + 1)));
}

/**
 * Rounds a caller sees: those run inside their scope, and those run above it (a ward nominates its
 * units into the city's National Digital Transformation Day round).
 */
export function whereRoundVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  identity: Identity,
  alias = 'r',
) {
  const prefix = scopePrefix(identity);
  if (prefix === null) return query;
  return query.andWhere(
    new Brackets((q) =>
      q
        .where(`${alias}.organizerUnitPath LIKE :scopePrefix`, { scopePrefix: `${prefix}%` })
        .orWhere(`${alias}.organizerUnitPath IN (:...ancestorPaths)`, {
          ancestorPaths: ancestorPaths(identity),
        }),
    ),
  );
}

export function isRoundVisible(identity: Identity, organizerUnitPath: string): boolean {
  const prefix = scopePrefix(identity);
  return (
    prefix === null ||
    organizerUnitPath.startsWith(prefix) ||
    ancestorPaths(identity).includes(organizerUnitPath)
  );
}
