import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  assertWithinScope,
  encodeUnitPath,
  identityOf,
  requireUnit,
  type RequestContext,
  UnitRef,
  unitRef,
} from '@dx/subgraph-kit';
import { TrainingProgress } from '../schema/types';
import { PersonCategory, UnitKind, type PersonCategoryName, type UnitKindName } from '../schema/references';
import { unitProgress } from '../store/progress';

@Resolver(() => TrainingProgress)
export class ProgressResolver {
  @Authorized()
  @Query(() => TrainingProgress, {
    description:
      'People in a unit and below, how many completed a course, and the rate; with the same for each unit directly below.',
  })
  async trainingProgress(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: RequestContext,
    @Arg('audienceKind', () => UnitKind, {
      nullable: true,
      description: 'Count only people of units of this kind.',
    })
    audienceKind?: UnitKindName | null,
    @Arg('courseId', () => ID, { nullable: true, description: 'Count only completions of this course.' })
    courseId?: string | null,
    @Arg('category', () => PersonCategory, {
      nullable: true,
      description: 'Count only people of this category (e.g. CIVIL_SERVANT).',
    })
    category?: PersonCategoryName | null,
  ) {
    const unit = await requireUnit(ctx, unitId, 'unitId');
    const unitPath = encodeUnitPath(unit.path);
    assertWithinScope(identityOf(ctx), unitPath, 'units');
    return unitProgress(ctx, {
      unitId: unit.id,
      unitPath,
      audienceKind: audienceKind ?? null,
      category: category ?? null,
      courseId: courseId ?? null,
    });
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() progress: TrainingProgress) {
    return unitRef(progress.unitId);
  }
}
