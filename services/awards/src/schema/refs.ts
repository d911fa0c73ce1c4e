import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory owns Unit; this subgraph only names it by id and adds `awards`. */
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

export const unitRef = (id: number | string | null) => (id === null ? null : { id: String(id) });
export const personRef = (id: number | string | null) => (id === null ? null : { id: String(id) });
