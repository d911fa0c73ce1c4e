import {
  DomainError,
  assertWithinScope,
  badInput,
  conflict,
  encodeUnitPath,
  identityOf,
  requireUnit,
  rethrowUniqueViolation,
  updateAtVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { IndicatorRecord } from '../entities/indicator.entity';
import { IndicatorValueRecord } from '../entities/indicator-value.entity';
import { EvaluationIndicatorTargetRecord } from '../entities/evaluation-indicator-target.entity';
import { combineFigures, indicatorValue, meetsTarget, type IndicatorMeasureName } from '../domain/indicators';
import { checkYear } from './ranking';
import { yearTargets } from './ranking-parts';

const toTarget = (r: EvaluationIndicatorTargetRecord) => ({
  indicatorId: String(r.indicatorId),
  year: r.year,
  target: r.targetTenths / 10,
  note: r.note,
  version: r.version,
});

export async function indicatorTargets(ctx: RequestContext, year: number) {
  checkYear(year);
  const rows = await ctx.dataSource
    .getRepository(EvaluationIndicatorTargetRecord)
    .find({ where: { year }, order: { indicatorId: 'ASC' } });
  return rows.map(toTarget);
}

async function requireIndicator(ctx: RequestContext, indicatorId: string) {
  const indicator = await ctx.dataSource
    .getRepository(IndicatorRecord)
    .findOneBy({ id: Number(indicatorId) });
  if (!indicator)
    throw new DomainError('NOT_FOUND', `Indicator ${indicatorId} does not exist.`, { field: 'indicatorId' });
  return indicator;
}

/** A first target for the year is created; a change names the version it changes. */
export async function setIndicatorYearTarget(
  ctx: RequestContext,
  indicatorId: string,
  year: number,
  target: number,
  note: string | null | undefined,
  version: number | null | undefined,
) {
  checkYear(year);
  if (!(target >= 0)) throw badInput('A target is 0 or more.', 'target', 'errors.targetNegative', { target });
  const indicator = await requireIndicator(ctx, indicatorId);
  if (indicator.measure === 'PERCENT' && target > 100)
    throw badInput(`A share cannot be more than 100% (given ${target}).`, 'target', 'errors.targetOver100', {
      target,
    });
  const key = { indicatorId: indicator.id, year };
  const fields = { targetTenths: Math.round(target * 10), note: note?.trim() || null };
  return ctx.dataSource
    .transaction(async (manager) => {
      const repo = manager.getRepository(EvaluationIndicatorTargetRecord);
      const before = await repo.findOneBy(key);
      if (!before) {
        if (version != null) throw conflict('This target was removed; set it again without a version.');
        const saved = await repo.save(repo.create({ ...key, ...fields }));
        await writeAudit(manager, ctx, {
          action: 'setIndicatorYearTarget',
          entityType: 'IndicatorYearTarget',
          entityId: saved.id,
          after: saved,
        });
        return toTarget(saved);
      }
      if (version == null) throw conflict('A target for this year was already set. Reload it and change it.');
      await updateAtVersion(
        manager,
        EvaluationIndicatorTargetRecord,
        before.id,
        version,
        fields,
        'This target',
      );
      const after = await repo.findOneByOrFail({ id: before.id });
      await writeAudit(manager, ctx, {
        action: 'changeIndicatorYearTarget',
        entityType: 'IndicatorYearTarget',
        entityId: before.id,
        before,
        after,
      });
      return toTarget(after);
    })
    .catch(rethrowUniqueViolation('A target for this year was just set by someone else. Reload it.'));
}

/** Month by month, the unit's figures (with its sub-units') against the year's target. */
export async function indicatorChart(ctx: RequestContext, indicatorId: string, unitId: string, year: number) {
  checkYear(year);
  const indicator = await requireIndicator(ctx, indicatorId);
  const unit = await requireUnit(ctx, unitId, 'unitId');
  const unitPath = encodeUnitPath(unit.path);
  assertWithinScope(identityOf(ctx), unitPath, 'figures of this unit');
  const target = (await yearTargets(ctx, year)).get(indicator.id)?.target ?? null;
  const rows = await ctx.dataSource
    .getRepository(IndicatorValueRecord)
    .createQueryBuilder('v')
    .where('v.indicatorId = :id', { id: indicator.id })
    .andWhere('v.month >= :from AND v.month <= :to', { from: `${year}-01`, to: `${year}-12` })
    .andWhere('v.unitPath LIKE :path', { path: `${unitPath}%` })
    .getMany();
  const definition = {
    measure: indicator.measure as IndicatorMeasureName,
    target,
    higherIsBetter: Boolean(indicator.higherIsBetter),
  };
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).map(
    (month) => {
      const own = rows.filter((r) => r.month === month);
      const value = own.length
        ? indicatorValue(indicator.measure as IndicatorMeasureName, combineFigures(own))
        : null;
      return { month, value, meetsTarget: meetsTarget(definition, value) };
    },
  );
  return {
    indicatorId: String(indicator.id),
    unitId: String(unit.id),
    year,
    target,
    higherIsBetter: definition.higherIsBetter,
    months,
  };
}
