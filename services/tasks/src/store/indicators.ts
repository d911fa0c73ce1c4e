import {
  DomainError,
  assertWithinScope,
  badInput,
  conflict,
  encodeUnitPath,
  identityOf,
  requireUnit,
  rethrowUniqueViolation,
  scopePrefix,
  updateAtVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { IndicatorRecord } from '../entities/indicator.entity';
import { IndicatorValueRecord } from '../entities/indicator-value.entity';
import { combineFigures, figuresProblem, indicatorValue, meetsTargetAcrossUnits } from '../domain/indicators';
import { isMonth } from '../domain/calendar';
import type { CreateIndicatorInput, RecordIndicatorValueInput } from '../schema/indicator.inputs';
import { refuseInput } from './refusals';
import type { Indicator, IndicatorReport } from '../schema/indicator.types';
import { toIndicator, toIndicatorValue } from './mappers';

export async function listIndicators(ctx: RequestContext, includeInactive: boolean): Promise<Indicator[]> {
  const rows = await ctx.dataSource
    .getRepository(IndicatorRecord)
    .find({ where: includeInactive ? {} : { active: true }, order: { id: 'ASC' } });
  return rows.map(toIndicator);
}

export async function createIndicator(ctx: RequestContext, input: CreateIndicatorInput) {
  return ctx.dataSource
    .transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(IndicatorRecord, {
          code: input.code,
          name: input.name.trim(),
          unitOfMeasure: input.unitOfMeasure.trim(),
          measure: input.measure,
          numeratorLabel: input.numeratorLabel?.trim() || null,
          denominatorLabel: input.denominatorLabel?.trim() || null,
          targetTenths: input.target == null ? null : Math.round(input.target * 10),
          higherIsBetter: input.higherIsBetter ?? true,
        }),
      );
      await writeAudit(manager, ctx, {
        action: 'createIndicator',
        entityType: 'Indicator',
        entityId: saved.id,
        after: saved,
      });
      return toIndicator(saved);
    })
    .catch(rethrowUniqueViolation(`An indicator with code "${input.code}" already exists.`));
}

/** A first entry creates the month's figures; a correction names the version it corrects. */
export async function recordIndicatorValue(ctx: RequestContext, input: RecordIndicatorValueInput) {
  const indicatorRow = await ctx.dataSource
    .getRepository(IndicatorRecord)
    .findOneBy({ id: Number(input.indicatorId) });
  if (!indicatorRow)
    throw new DomainError('NOT_FOUND', `Indicator ${input.indicatorId} does not exist.`, {
      field: 'indicatorId',
    });
  const indicator = toIndicator(indicatorRow);
  const figures = { numerator: input.numerator, denominator: input.denominator ?? null };
  const problem = figuresProblem(indicator.measure, figures);
  if (problem) throw refuseInput(problem, problem.field);
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  const unitPath = encodeUnitPath(unit.path);
  assertWithinScope(identityOf(ctx), unitPath, 'figures of this unit');
  const key = { indicatorId: indicatorRow.id, unitId: Number(unit.id), month: input.month };
  return ctx.dataSource
    .transaction(async (manager) => {
      const values = manager.getRepository(IndicatorValueRecord);
      const before = await values.findOneBy(key);
      const fields = { ...figures, note: input.note?.trim() || null };
      if (!before) {
        if (input.version != null)
          throw conflict('These figures were removed or never entered; enter them again without a version.');
        const saved = await values.save(values.create({ ...key, ...fields, unitPath }));
        await writeAudit(manager, ctx, {
          action: 'recordIndicatorValue',
          entityType: 'IndicatorValue',
          entityId: saved.id,
          after: saved,
        });
        return toIndicatorValue(saved, indicator);
      }
      if (input.version == null)
        throw conflict('Figures for this unit and month were already entered. Reload them and correct them.');
      await updateAtVersion(manager, IndicatorValueRecord, before.id, input.version, fields, 'These figures');
      const after = await values.findOneByOrFail({ id: before.id });
      await writeAudit(manager, ctx, {
        action: 'correctIndicatorValue',
        entityType: 'IndicatorValue',
        entityId: before.id,
        before,
        after,
      });
      return toIndicatorValue(after, indicator);
    })
    .catch(
      rethrowUniqueViolation(
        'Figures for this unit and month were just entered by someone else. Reload them.',
      ),
    );
}

/** The month's thematic report: each unit's figures, and per indicator the totals across the units shown. */
export async function indicatorReport(
  ctx: RequestContext,
  month: string,
  unitId?: string | null,
): Promise<IndicatorReport> {
  if (!isMonth(month)) throw badInput('Write the month as YYYY-MM, e.g. 2026-11.', 'month');
  const query = ctx.dataSource
    .getRepository(IndicatorValueRecord)
    .createQueryBuilder('v')
    .where('v.month = :month', { month });
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('v.unitPath LIKE :scope', { scope: `${prefix}%` });
  if (unitId) {
    const unit = await requireUnit(ctx, unitId, 'unitId');
    query.andWhere('v.unitPath LIKE :unitPath', { unitPath: `${encodeUnitPath(unit.path)}%` });
  }
  const rows = await query.orderBy('v.indicatorId').addOrderBy('v.unitId').getMany();
  const indicators = new Map((await listIndicators(ctx, true)).map((i) => [i.id, i]));
  const values = rows
    .filter((r) => indicators.has(String(r.indicatorId)))
    .map((r) => toIndicatorValue(r, indicators.get(String(r.indicatorId))!));
  const totals = [...indicators.values()].map((indicator) => {
    const own = rows.filter((r) => String(r.indicatorId) === indicator.id);
    const combined = combineFigures(own);
    const value = own.length ? indicatorValue(indicator.measure, combined) : null;
    return {
      indicatorId: indicator.id,
      units: own.length,
      ...combined,
      value,
      meetsTarget: meetsTargetAcrossUnits(indicator, value, own.length),
    };
  });
  return { month, values, totals };
}
