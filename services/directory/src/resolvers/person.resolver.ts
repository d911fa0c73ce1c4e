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
import {
  PageArgs,
  assertWithinScope,
  badInput,
  identityOf,
  notFound,
  paginate,
  scopePrefix,
  updateAtVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { PersonRecord } from '../entities/person.entity';
import { UnitRecord } from '../entities/unit.entity';
import { CreatePersonInput, UpdatePersonInput } from '../schema/inputs';
import { Person, PersonConnection, Unit } from '../schema/types';
import { personLoader, toPerson, unitLoader } from '../store/loaders';

const PEOPLE_EDITORS = ['SECRETARIAT', 'TRAINING_COORDINATOR'] as const;

async function unitInScope(manager: EntityManager, ctx: RequestContext, unitId: string): Promise<UnitRecord> {
  const unit = await manager.getRepository(UnitRecord).findOneBy({ id: Number(unitId) });
  if (!unit) throw badInput(`The unit ${unitId} does not exist.`, 'unitId');
  assertWithinScope(identityOf(ctx), unit.path, 'people');
  return unit;
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

@Resolver(() => Person)
export class PersonResolver {
  @Authorized()
  @Query(() => PersonConnection, {
    description: "People in the caller's scope, by unit and name, ordered by name.",
  })
  async people(
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
    const query = ctx.dataSource.getRepository(PersonRecord).createQueryBuilder('p');
    const prefix = scopePrefix(identityOf(ctx));
    if (prefix) query.andWhere('p.unitPath LIKE :prefix', { prefix: `${prefix}%` });
    if (unitId) {
      if (includeSubunits) {
        const unit = await ctx.dataSource.getRepository(UnitRecord).findOneBy({ id: Number(unitId) });
        query.andWhere('p.unitPath LIKE :unitPath', { unitPath: `${unit?.path ?? '/none/'}%` });
      } else {
        query.andWhere('p.unitId = :unitId', { unitId: Number(unitId) });
      }
    }
    const text = search?.trim();
    if (text)
      query.andWhere('(p.fullName LIKE :q OR p.email LIKE :q OR p.phone LIKE :q)', { q: `%${text}%` });
    const connection = await paginate(query, page, [
      { column: 'p.fullName', property: 'fullName', direction: 'ASC' },
      { column: 'p.id', property: 'id', direction: 'ASC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toPerson) };
  }

  @Authorized()
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return personLoader(ctx).load(id);
  }

  @Authorized()
  @Query(() => [Person], {
    description: 'People by id, in one call; unknown ids are left out. Used by other services.',
  })
  async peopleByIds(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    if (ids.length > 500) throw badInput('Ask for at most 500 people at a time.', 'ids');
    const people = await personLoader(ctx).loadMany(ids);
    return people.filter((p): p is Person => !!p && !(p instanceof Error));
  }

  @FieldResolver(() => Unit)
  unit(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return unitLoader(ctx).load(person.unitId);
  }

  @Authorized(...PEOPLE_EDITORS)
  @Mutation(() => Person)
  async createPerson(@Arg('input') input: CreatePersonInput, @Ctx() ctx: RequestContext) {
    const fullName = input.fullName.trim();
    if (!fullName) throw badInput('The full name is required.', 'fullName');
    return ctx.dataSource.transaction(async (manager) => {
      const unit = await unitInScope(manager, ctx, input.unitId);
      const people = manager.getRepository(PersonRecord);
      const saved = await people.save(
        people.create({
          fullName,
          position: clean(input.position),
          unitId: unit.id,
          unitPath: unit.path,
          email: clean(input.email),
          phone: clean(input.phone),
        }),
      );
      await writeAudit(manager, ctx, {
        action: 'createPerson',
        entityType: 'Person',
        entityId: saved.id,
        after: saved,
      });
      return toPerson(saved);
    });
  }

  @Authorized(...PEOPLE_EDITORS)
  @Mutation(() => Person, {
    description: 'Edits a person; refused with CONFLICT if they changed since `version`.',
  })
  async updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdatePersonInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.dataSource.transaction(async (manager) => {
      const people = manager.getRepository(PersonRecord);
      const before = await people.findOneBy({ id: Number(id) });
      if (!before) throw notFound('Person', id);
      assertWithinScope(identityOf(ctx), before.unitPath, 'people');
      const changes: Partial<PersonRecord> = {};
      if (input.fullName !== undefined) {
        if (!input.fullName.trim()) throw badInput('The full name is required.', 'fullName');
        changes.fullName = input.fullName.trim();
      }
      if (input.position !== undefined) changes.position = clean(input.position);
      if (input.email !== undefined) changes.email = clean(input.email);
      if (input.phone !== undefined) changes.phone = clean(input.phone);
      if (input.unitId) {
        const unit = await unitInScope(manager, ctx, input.unitId);
        changes.unitId = unit.id;
        changes.unitPath = unit.path;
      }
      await updateAtVersion(manager, PersonRecord, before.id, version, changes, 'This person');
      const after = await people.findOneByOrFail({ id: before.id });
      await writeAudit(manager, ctx, {
        action: 'updatePerson',
        entityType: 'Person',
        entityId: id,
        before,
        after,
      });
      return toPerson(after);
    });
  }
}
