import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, ROLES, type RoleName, graphqlEnum } from '@dx/subgraph-kit';
import { UNIT_KINDS, type UnitKindName } from '../entities/unit.entity';
import {
  PERSON_CATEGORIES,
  PRIORITY_GROUPS,
  type PersonCategoryName,
  type PriorityGroupName,
} from '../domain/person-category';

export const UnitKind = graphqlEnum(UNIT_KINDS, {
  name: 'UnitKind',
  description: 'Where a unit sits in the administrative tree.',
});
export const PersonCategory = graphqlEnum(PERSON_CATEGORIES, {
  name: 'PersonCategory',
  description: 'Who a person is for the training targets: cadre, civil servant, community-team member...',
});
export const PriorityGroup = graphqlEnum(PRIORITY_GROUPS, {
  name: 'PriorityGroup',
  description: 'Groups the mobile digital-literacy points serve first.',
});
export const Role = graphqlEnum(ROLES, {
  name: 'Role',
  description: 'A role is held for the scope unit and every unit below it.',
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A province, ward, commune, residential group, community team or department.' })
export class Unit {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => UnitKind)
  kind: UnitKindName;

  parentId: string | null;

  @Field(() => [ID], { description: 'Ids from the top of the tree down to and including this unit.' })
  path: string[];

  @Field(() => Int)
  version: number;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => PersonCategory, { nullable: true, description: 'Empty: not said.' })
  category: PersonCategoryName | null;

  /** Exposed by a field resolver: only within the caller's scope, like the contacts. */
  priorityGroups: PriorityGroupName[];

  unitId: string;

  /** Exposed by field resolvers that show contacts only within the caller's scope. */
  email: string | null;

  phone: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class Account {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field(() => [Role])
  roles: RoleName[];

  scopeUnitId: string | null;
  personId: string | null;

  @Field()
  active: boolean;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => Account)
  account: Account;

  @Field({ description: 'When the token stops being accepted (ISO-8601).' })
  expiresAt: string;
}

@Directive('@inaccessible')
@ObjectType({ description: "For the gateway's /auth routes only (not in the public API)." })
export class SessionPayload {
  @Field()
  token: string;

  @Field(() => Account)
  account: Account;

  @Field({ description: 'When the access token stops being accepted (ISO-8601).' })
  expiresAt: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The renewal secret, given once when the session opens; the gateway keeps it in an httpOnly cookie.',
  })
  renewal: string | null;

  @Field({ description: 'When the session stops renewing tokens (ISO-8601).' })
  renewalExpiresAt: string;
}

export const UnitConnection = ConnectionType(Unit);
export const PersonConnection = ConnectionType(Person);
export const AccountConnection = ConnectionType(Account);
