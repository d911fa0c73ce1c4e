import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  assertWithinScope,
  encodeUnitPath,
  identityOf,
  notFound,
  requireUnit,
  scopePrefix,
  writeAudit,
  type RequestContext,
  addDays,
  UnitRef,
  unitRef,
} from '@dx/subgraph-kit';
import { IsNull } from 'typeorm';
import { TargetRecord } from '../entities/target.entity';
import { CourseRecord } from '../entities/course.entity';
import { targetMet } from '../domain/progress';
import { SetTrainingTargetInput } from '../schema/inputs';
import { Course, TrainingProgress, TrainingTarget } from '../schema/types';
import { toTarget } from '../store/mappers';
import { courseLoader } from '../store/loaders';
import { unitProgress } from '../store/progress';

/** The instant a Vietnam day ends: completions before it count for a target due that day. */
const endOfDay = (day: string) => new Date(`${addDays(day, 1)}T00:00:00+07:00`);

async function targetPath(ctx: RequestContext, target: TrainingTarget): Promise<string> {
  const unit = await requireUnit(ctx, target.unitId);
  return encodeUnitPath(unit.path);
}

@Resolver(() => TrainingTarget)
export class TargetResolver {
  @Authorized()
  @Query(() => [TrainingTarget], {
    description: "Targets set for a unit and the units below it (default: the caller's scope).",
  })
  async trainingTargets(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only the targets for this year.' }) year?: number,
  ) {
    const query = ctx.dataSource
      .getRepository(TargetRecord)
      .createQueryBuilder('t')
      .orderBy('t.year', 'ASC')
      .addOrderBy('t.unitPath', 'ASC')
      .addOrderBy('t.id', 'ASC');
    const prefix = scopePrefix(identityOf(ctx));
    if (prefix) query.andWhere('t.unitPath LIKE :prefix', { prefix: `${prefix}%` });
    if (unitId) {
      const unit = await requireUnit(ctx, unitId, 'unitId');
      query.andWhere('t.unitPath LIKE :unitPath', { unitPath: `${encodeUnitPath(unit.path)}%` });
    }
    if (year !== undefined && year !== null) query.andWhere('t.year = :year', { year });
    return (await query.limit(500).getMany()).map(toTarget);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() target: TrainingTarget) {
    return unitRef(target.unitId);
  }

  @FieldResolver(() => Course, { nullable: true, description: 'The course that counts; empty: any course.' })
  course(@Root() target: TrainingTarget, @Ctx() ctx: RequestContext) {
    return target.courseId ? courseLoader(ctx).load(target.courseId) : null;
  }

  @FieldResolver(() => TrainingProgress)
  async progress(@Root() target: TrainingTarget, @Ctx() ctx: RequestContext) {
    const unitPath = await targetPath(ctx, target);
    return unitProgress(ctx, {
      unitId: target.unitId,
      unitPath,
      audienceKind: target.audienceKind,
      category: target.category,
      courseId: target.courseId,
      until: endOfDay(target.dueDate),
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the trained share has reached the target.' })
  async met(@Root() target: TrainingTarget, @Ctx() ctx: RequestContext) {
    return targetMet(await this.progress(target, ctx), target.targetPercent);
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => TrainingTarget, {
    description:
      "Sets the target for a unit, audience, category, course and due date's year (replacing the one there was).",
  })
  async setTrainingTarget(@Arg('input') input: SetTrainingTargetInput, @Ctx() ctx: RequestContext) {
    const unit = await requireUnit(ctx, input.unitId, 'unitId');
    const unitPath = encodeUnitPath(unit.path);
    assertWithinScope(identityOf(ctx), unitPath, 'units');
    return ctx.dataSource.transaction(async (manager) => {
      const courseId = input.courseId ? Number(input.courseId) : null;
      if (courseId !== null && !(await manager.getRepository(CourseRecord).existsBy({ id: courseId }))) {
        throw notFound('Course', input.courseId!);
      }
      const targets = manager.getRepository(TargetRecord);
      const audienceKind = input.audienceKind ?? null;
      const category = input.category ?? null;
      const year = Number(input.dueDate.slice(0, 4));
      const before = await targets.findOneBy({
        unitId: Number(unit.id),
        audienceKind: audienceKind ?? IsNull(),
        category: category ?? IsNull(),
        courseId: courseId ?? IsNull(),
        year,
      });
      const fields = {
        targetPercent: input.targetPercent,
        dueDate: input.dueDate,
        note: input.note?.trim() || null,
      };
      const saved = before
        ? await targets.save({ ...before, ...fields, version: before.version + 1 })
        : await targets.save(
            targets.create({
              unitId: Number(unit.id),
              unitPath,
              audienceKind,
              category,
              courseId,
              year,
              ...fields,
            }),
          );
      await writeAudit(manager, ctx, {
        action: 'setTrainingTarget',
        entityType: 'TrainingTarget',
        entityId: saved.id,
        before: before ?? undefined,
        after: saved,
      });
      return toTarget(saved);
    });
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => Boolean)
  async removeTrainingTarget(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(TargetRecord).findOneBy({ id: Number(id) });
      if (!before) throw notFound('Training target', id);
      assertWithinScope(identityOf(ctx), before.unitPath, 'units');
      await manager.delete(TargetRecord, { id: before.id });
      await writeAudit(manager, ctx, {
        action: 'removeTrainingTarget',
        entityType: 'TrainingTarget',
        entityId: id,
        before,
      });
      return true;
    });
  }
}
