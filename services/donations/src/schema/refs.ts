import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Units belong to the directory; this subgraph only refers to them and adds `handoversReceived`. */
@Directive('@key(fields: "id")')
@ObjectType('Unit')
export class UnitRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id: string;
}

export const unitRef = (id: number | string | null | undefined): UnitRef | null =>
  id === null || id === undefined ? null : { id: String(id) };
export const personRef = (id: number | string | null | undefined): PersonRef | null =>
  id === null || id === undefined ? null : { id: String(id) };
