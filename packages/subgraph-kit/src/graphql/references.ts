import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ReferenceResolvers } from './schema';

/**
 * The directory owns Person and Unit; every other subgraph names them by id only and adds its own
 * fields to them (`@Resolver(() => PersonRef)` + `@FieldResolver`). The gateway fetches the rest.
 */
@Directive('@key(fields: "id")')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Unit')
export class UnitRef {
  @Field(() => ID)
  id: string;
}

type Id = number | string;

/**
 * The one null behaviour: a missing id (null or undefined) gives null, so a nullable field answers
 * null; any other id, including 0, gives a reference. A required id gives a non-null reference.
 */
export function personRef(id: Id): PersonRef;
export function personRef(id: Id | null | undefined): PersonRef | null;
export function personRef(id: Id | null | undefined): PersonRef | null {
  return id === null || id === undefined ? null : { id: String(id) };
}

export function unitRef(id: Id): UnitRef;
export function unitRef(id: Id | null | undefined): UnitRef | null;
export function unitRef(id: Id | null | undefined): UnitRef | null {
  return id === null || id === undefined ? null : { id: String(id) };
}

const stub = (ref: { id: string }) => ({ id: ref.id });

/**
 * The reference resolvers of Person and Unit in a subgraph that does not own them: the gateway hands
 * over `{ id }` and gets it back (the added fields resolve from the id). Spread into a definition's
 * `referenceResolvers`.
 */
export const directoryReferences: ReferenceResolvers = {
  Person: { __resolveReference: stub },
  Unit: { __resolveReference: stub },
};
