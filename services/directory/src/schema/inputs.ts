import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsOptional,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { RoleName } from '@dx/subgraph-kit';
import type { UnitKindName } from '../entities/unit.entity';
import type { PersonCategoryName, PriorityGroupName } from '../domain/person-category';
import { PersonCategory, PriorityGroup, Role, UnitKind } from './types';

const REQUIRED = (what: string) => ({ message: `${what} is required.` });

@InputType()
export class CreateUnitInput {
  @Field()
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, {
    message: 'A unit code has 1 to 40 letters, digits, dots, dashes or underscores.',
  })
  code: string;

  @Field()
  @MinLength(1, REQUIRED('The unit name'))
  @MaxLength(200, { message: 'A unit name may have at most 200 characters.' })
  name: string;

  @Field(() => UnitKind)
  kind: UnitKindName;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType()
export class UpdateUnitInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, REQUIRED('The unit name'))
  @MaxLength(200, { message: 'A unit name may have at most 200 characters.' })
  name?: string;
}

@InputType()
export class CreatePersonInput {
  @Field()
  @MinLength(1, REQUIRED('The full name'))
  @MaxLength(160, { message: 'A full name may have at most 160 characters.' })
  fullName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(160, { message: 'A position may have at most 160 characters.' })
  position?: string | null;

  @Field(() => ID)
  unitId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Write the email as name@example.org.' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 .-]{6,20}$/, {
    message: 'A phone number has 6 to 20 digits, optionally starting with +.',
  })
  phone?: string | null;

  @Field(() => PersonCategory, { nullable: true })
  category?: PersonCategoryName | null;

  @Field(() => [PriorityGroup], { nullable: true, description: 'Each group at most once; [] for none.' })
  @IsOptional()
  @ArrayUnique({ message: 'Name each priority group at most once.' })
  priorityGroups?: PriorityGroupName[] | null;
}

@InputType()
export class UpdatePersonInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, REQUIRED('The full name'))
  @MaxLength(160, { message: 'A full name may have at most 160 characters.' })
  fullName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(160, { message: 'A position may have at most 160 characters.' })
  position?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Write the email as name@example.org.' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 .-]{6,20}$/, {
    message: 'A phone number has 6 to 20 digits, optionally starting with +.',
  })
  phone?: string | null;

  @Field(() => PersonCategory, { nullable: true })
  category?: PersonCategoryName | null;

  @Field(() => [PriorityGroup], { nullable: true, description: 'Each group at most once; [] for none.' })
  @IsOptional()
  @ArrayUnique({ message: 'Name each priority group at most once.' })
  priorityGroups?: PriorityGroupName[] | null;
}

@InputType()
export class CreateAccountInput {
  @Field({ description: 'Stored in NFKC and lower case; invisible characters are refused.' })
  username: string;

  @Field()
  password: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'Give the account at least one role.' })
  @ArrayMaxSize(7)
  roles: RoleName[];

  @Field(() => ID, {
    nullable: true,
    description: 'The unit the roles are held for; empty for the whole tree (ADMIN only).',
  })
  scopeUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Give the account at least one role.' })
  roles?: RoleName[];

  @Field(() => ID, { nullable: true })
  scopeUnitId?: string | null;

  @Field({ nullable: true })
  active?: boolean;

  @Field({ nullable: true, description: 'A new password; leave empty to keep the current one.' })
  password?: string;
}
