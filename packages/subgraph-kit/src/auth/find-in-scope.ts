import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Identity } from './identity';
import { notFound } from '../errors';
import { assertWithinScope } from './scope';

export interface FindInScopeOptions<T> {
  /** The English name of the record, for NOT_FOUND ("Nomination 12 does not exist."). */
  what: string;
  /** What the scope refusal talks about ("enrolments of people"); defaults to `what`. */
  scopeWhat?: string;
  /** The unit path the record belongs to; defaults to its `unitPath` column. */
  unitPath?: (row: T) => string;
  /** The input field the id came from, so a form can show NOT_FOUND beside it. */
  field?: string;
}

/**
 * One record by its GraphQL id that the caller may act on: NOT_FOUND when the id is not a key or
 * names no row, FORBIDDEN when the record's unit is outside the caller's scope.
 */
export async function findInScope<T extends ObjectLiteral>(
  manager: EntityManager,
  identity: Identity,
  entity: EntityTarget<T>,
  id: string,
  options: FindInScopeOptions<T>,
): Promise<T> {
  const key = Number(id);
  const row = Number.isSafeInteger(key) ? await manager.findOneBy(entity, { id: key } as never) : null;
  if (!row) throw notFound(options.what, id, options.field);
  const unitPath = options.unitPath ? options.unitPath(row) : (row as { unitPath?: string }).unitPath;
  if (typeof unitPath !== 'string')
    throw new Error(`${options.what} has no unit path to check the scope with.`);
  assertWithinScope(identity, unitPath, options.scopeWhat ?? options.what);
  return row;
}
