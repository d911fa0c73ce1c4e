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
  badInput,
  conflict,
  identityOf,
  notFound,
  paginate,
  rethrowUniqueViolation,
  updateAtVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { UnitRecord, type UnitKindName } from '../entities/unit.entity';
import { childPath, placementProblem } from '../domain/unit-tree';
import { CreateUnitInput, UpdateUnitInput } from '../schema/inputs';
import { Unit, UnitConnection, UnitKind } from '../schema/types';
import { childrenLoader, toUnit, unitLoader } from '../store/loaders';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => UnitConnection, { description: 'Units by kind, parent or text, ordered by code.' })
  async units(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => UnitKind, { nullable: true }) kind?: UnitKindName,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    const query = ctx.dataSource.getRepository(UnitRecord).createQueryBuilder('u');
    if (kind) query.andWhere('u.kind = :kind', { kind });
    if (parentId) query.andWhere('u.parentId = :parentId', { parentId: Number(parentId) });
    if (search?.trim()) query.andWhere('(u.name LIKE :q OR u.code LIKE :q)', { q: `%${search.trim()}%` });
    const connection = await paginate(query, page, [
      { column: 'u.code', property: 'code', direction: 'ASC' },
      { column: 'u.id', property: 'id', direction: 'ASC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toUnit) };
  }

  @Authorized()
  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return unitLoader(ctx).load(id);
  }

  @Authorized()
  @Query(() => [Unit], {
    description: 'Units by id, in one call; unknown ids are left out. Used by other services.',
  })
  async unitsByIds(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    if (ids.length > 500) throw badInput('Ask for at most 500 units at a time.', 'ids');
    const units = await unitLoader(ctx).loadMany(ids);
    return units.filter((u): u is Unit => !!u && !(u instanceof Error));
  }

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return unit.parentId ? unitLoader(ctx).load(unit.parentId) : null;
  }

  @FieldResolver(() => [Unit])
  async children(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return (await childrenLoader(ctx).load(unit.id)) ?? [];
  }

  @Authorized('ADMIN')
  @Mutation(() => Unit)
  async createUnit(@Arg('input') input: CreateUnitInput, @Ctx() ctx: RequestContext) {
    const code = input.code.trim();
    const name = input.name.trim();
    if (!name) throw badInput('The unit name is required.', 'name');
    return ctx.dataSource
      .transaction(async (manager) => {
        const units = manager.getRepository(UnitRecord);
        let parent: UnitRecord | null = null;
        if (input.parentId) {
          parent = await units.findOneBy({ id: Number(input.parentId) });
          if (!parent) throw badInput(`The parent unit ${input.parentId} does not exist.`, 'parentId');
        }
        const problem = placementProblem(input.kind, parent?.kind ?? null);
        if (problem) throw badInput(problem, 'parentId');
        if (await units.existsBy({ code })) throw conflict(`A unit with code "${code}" already exists.`);
        const saved = await units.save(
          units.create({ code, name, kind: input.kind, parentId: parent?.id ?? null, path: '/' }),
        );
        saved.path = childPath(parent?.path ?? null, saved.id);
        await units.update(saved.id, { path: saved.path });
        await writeAudit(manager, ctx, {
          action: 'createUnit',
          entityType: 'Unit',
          entityId: saved.id,
          after: saved,
        });
        return toUnit(saved);
      })
      .catch(rethrowUniqueViolation(`A unit with code "${code}" already exists.`));
  }

  @Authorized('ADMIN')
  @Mutation(() => Unit, {
    description: 'Renames a unit; refused with CONFLICT if it changed since `version`.',
  })
  async updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateUnitInput,
    @Ctx() ctx: RequestContext,
  ) {
    identityOf(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const units = manager.getRepository(UnitRecord);
      const before = await units.findOneBy({ id: Number(id) });
      if (!before) throw notFound('Unit', id);
      const changes: Partial<UnitRecord> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      await updateAtVersion(manager, UnitRecord, before.id, version, changes, 'This unit');
      const after = await units.findOneByOrFail({ id: before.id });
      await writeAudit(manager, ctx, {
        action: 'updateUnit',
        entityType: 'Unit',
        entityId: id,
        before,
        after,
      });
      return toUnit(after);
    });
  }
}
