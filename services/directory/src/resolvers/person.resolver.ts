import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs, badInput, type RequestContext } from '@dx/subgraph-kit';
import { PEOPLE_EDITORS } from '../roles';
import { CreatePersonInput, UpdatePersonInput } from '../schema/inputs';
import { Person, PersonConnection, PriorityGroup, Unit } from '../schema/types';
import { loadAllOrThrow, personLoader, unitLoader } from '../store/loaders';
import { contactsVisible, type PersonRow } from '../store/mappers';
import { createPerson, listPeople, updatePerson } from '../store/people';

@Resolver(() => Person)
export class PersonResolver {
  @Authorized()
  @Query(() => PersonConnection, {
    description:
      "People in the caller's scope, by unit and name, ordered by name. `search` matches the start of words in the name, position, email or phone, without tone marks.",
  })
  people(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('includeSubunits', {
      defaultValue: false,
      description: 'Also list people of the units below unitId.',
    })
    includeSubunits?: boolean,
  ) {
    return listPeople(ctx, page, { unitId, search, includeSubunits });
  }

  @Authorized()
  @Query(() => Person, {
    nullable: true,
    description: "Anyone signed in may see a person's name; email and phone only within their scope.",
  })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return personLoader(ctx).load(id);
  }

  @Authorized()
  @Query(() => [Person], {
    description: 'People by id, in one call; unknown ids are left out. Used by other services.',
  })
  peopleByIds(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    if (ids.length > 500) throw badInput('Ask for at most 500 people at a time.', 'ids');
    return loadAllOrThrow(personLoader(ctx), ids);
  }

  @FieldResolver(() => Unit)
  unit(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return unitLoader(ctx).load(person.unitId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Null unless the person's unit is in the caller's scope.",
  })
  email(@Root() person: PersonRow, @Ctx() ctx: RequestContext) {
    return contactsVisible(ctx.identity, person) ? person.email : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Null unless the person's unit is in the caller's scope.",
  })
  phone(@Root() person: PersonRow, @Ctx() ctx: RequestContext) {
    return contactsVisible(ctx.identity, person) ? person.phone : null;
  }

  @FieldResolver(() => [PriorityGroup], {
    description:
      "Empty unless the person's unit is in the caller's scope (it says something about their life).",
  })
  priorityGroups(@Root() person: PersonRow, @Ctx() ctx: RequestContext) {
    return contactsVisible(ctx.identity, person) ? person.priorityGroups : [];
  }

  @Authorized(...PEOPLE_EDITORS)
  @Mutation(() => Person)
  createPerson(@Arg('input') input: CreatePersonInput, @Ctx() ctx: RequestContext) {
    return createPerson(ctx, input);
  }

  @Authorized(...PEOPLE_EDITORS)
  @Mutation(() => Person, {
    description: 'Edits a person; refused with CONFLICT if they changed since `version`.',
  })
  updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdatePersonInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updatePerson(ctx, id, version, input);
  }
}
