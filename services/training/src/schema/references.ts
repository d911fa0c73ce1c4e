import { graphqlEnum } from '@dx/subgraph-kit';

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
export const UnitKind = graphqlEnum(UNIT_KINDS, {
  name: 'UnitKind',
  description: 'Where a unit sits in the administrative tree.',
});
