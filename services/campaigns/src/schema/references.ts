import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory's Person, known here by id only; the gateway fills in the rest. */
@Directive('@key(fields: "id")')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id: string;
}

/** The directory's Unit; this service adds `campaigns` and `campaignSummary` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Unit')
export class UnitRef {
  @Field(() => ID)
  id: string;
}

export const personRef = (id: string | number): PersonRef => ({ id: String(id) });
export const unitRef = (id: string | number | null): UnitRef | null => (id === null ? null : { id: String(id) });
