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
import type { UnitKindName } from '../entities/unit.entity';
import { DIRECTORY_ADMINS } from '../roles';
import { CreateUnitInput, UpdateUnitInput } from '../schema/inputs';
import { Unit, UnitConnection, UnitKind } from '../schema/types';
import { childrenLoader, loadAllOrThrow, unitLoader } from '../store/loaders';
import { createUnit, listUnits, updateUnit } from '../store/units';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => UnitConnection, {
    description:
      'Units by kind, parent or text (the start of words of the code or name, without tone marks), ordered by code.',
  })
  units(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => UnitKind, { nullable: true }) kind?: UnitKindName,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    return listUnits(ctx, page, { kind, parentId, search });
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
  unitsByIds(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    if (ids.length > 500) throw badInput('Ask for at most 500 units at a time.', 'ids');
    return loadAllOrThrow(unitLoader(ctx), ids);
  }

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return unit.parentId ? unitLoader(ctx).load(unit.parentId) : null;
  }

  @FieldResolver(() => [Unit])
  async children(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return (await childrenLoader(ctx).load(unit.id)) ?? [];
  }

  @Authorized(...DIRECTORY_ADMINS)
  @Mutation(() => Unit)
  createUnit(@Arg('input') input: CreateUnitInput, @Ctx() ctx: RequestContext) {
    return createUnit(ctx, input);
  }

  @Authorized(...DIRECTORY_ADMINS)
  @Mutation(() => Unit, {
    description: 'Renames a unit; refused with CONFLICT if it changed since `version`.',
  })
  updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateUnitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateUnit(ctx, id, version, input);
  }
}
