import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The directory's unit kinds; targets name an audience by the kind of unit its people belong to. */
export const UNIT_KINDS = [
  'PROVINCE',
  'WARD',
  'COMMUNE',
  'RESIDENTIAL_GROUP',
  'COMMUNITY_TEAM',
  'DEPARTMENT',
] as const;
export type UnitKindName = (typeof UNIT_KINDS)[number];
export const UnitKind = Object.fromEntries(UNIT_KINDS.map((k) => [k, k])) as Record<
  UnitKindName,
  UnitKindName
>;
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Where a unit sits in the administrative tree.',
});

/** The directory's Person, known here by id only; the gateway fills in the rest. */
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

export const personRef = (id: string | number): PersonRef => ({ id: String(id) });
export const unitRef = (id: string | number): UnitRef => ({ id: String(id) });
