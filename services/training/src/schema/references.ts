import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@dx/subgraph-kit';

/** The campaigns subgraph owns SupportPoint (a mobile digital-literacy point); training names it by id. */
@Directive('@key(fields: "id")')
@ObjectType('SupportPoint')
export class SupportPointRef {
  @Field(() => ID)
  id: string;
}

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

/** The directory's person categories and priority groups (federation needs the lists identical). */
export const PERSON_CATEGORIES = [
  'CADRE',
  'CIVIL_SERVANT',
  'PUBLIC_EMPLOYEE',
  'WORKER',
  'COMMUNITY_TEAM_MEMBER',
  'RESIDENT',
] as const;
export type PersonCategoryName = (typeof PERSON_CATEGORIES)[number];
export const PersonCategory = graphqlEnum(PERSON_CATEGORIES, {
  name: 'PersonCategory',
  description: 'Who a person is for the training targets: cadre, civil servant, community-team member...',
});
export const PRIORITY_GROUPS = ['ELDERLY', 'DISABLED', 'POOR_HOUSEHOLD'] as const;
export type PriorityGroupName = (typeof PRIORITY_GROUPS)[number];
export const PriorityGroup = graphqlEnum(PRIORITY_GROUPS, {
  name: 'PriorityGroup',
  description: 'Groups the mobile digital-literacy points serve first.',
});
export const UnitKind = graphqlEnum(UNIT_KINDS, {
  name: 'UnitKind',
  description: 'Where a unit sits in the administrative tree.',
});
