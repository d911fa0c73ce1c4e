import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A directory person, known here only by id; the gateway fetches the rest from the directory. */
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

export const personRef = (id: number | string | null | undefined): PersonRef | null =>
  id == null ? null : { id: String(id) };
export const unitRef = (id: number | string | null | undefined): UnitRef | null =>
  id == null ? null : { id: String(id) };
