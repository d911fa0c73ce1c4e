import {
  assertWithinScope,
  badInput,
  encodeUnitPath,
  forbidden,
  identityOf,
  notFound,
  requireUnit,
  rethrowUniqueViolation,
  updateAtVersion,
  writeAudit,
  today,
  type RequestContext,
} from '@dx/subgraph-kit';
import { CampaignRecord } from '../entities/campaign.entity';
import { CampaignUnitRecord } from '../entities/campaign-unit.entity';
import { MetricRecord } from '../entities/metric.entity';
import { SupportPointRecord } from '../entities/support-point.entity';
import { NO_POINT, TallyRecord } from '../entities/tally.entity';
import {
  correctionReasonProblem,
  tallyDayProblem,
  tallyValueProblem,
  unknownMetricProblem,
  type PriorityCounts,
  type TallyProblem,
} from '../domain/tally-rules';
import { unitTakesPart } from '../domain/visibility';
import type { RecordTallyInput } from '../schema/inputs';
import type { CampaignTally } from '../schema/types';
import { toTally } from './mappers';

function refuse(problem: TallyProblem | null): void {
  if (problem) throw badInput(problem.message, problem.field, problem.messageKey, problem.params ?? {});
}

const groupsOf = (g: PriorityCounts | null | undefined) => ({
  elderly: g?.elderly ?? null,
  disabled: g?.disabled ?? null,
  poorHouseholds: g?.poorHouseholds ?? null,
});

/**
 * One figure per (campaign, day, unit, point, metric): the unique index decides between two
 * concurrent first entries, and the loser is told to correct the figure instead.
 */
export async function recordTally(ctx: RequestContext, input: RecordTallyInput): Promise<CampaignTally> {
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  const unitPath = encodeUnitPath(unit.path);
  assertWithinScope(identityOf(ctx), unitPath, 'units');
  return ctx.dataSource.transaction(async (manager) => {
    const campaign = await manager.getRepository(CampaignRecord).findOneBy({ id: Number(input.campaignId) });
    if (!campaign) throw notFound('Campaign', input.campaignId);
    refuse(tallyDayProblem(campaign, input.day, today()));
    const metrics = await manager.getRepository(MetricRecord).findBy({ campaignId: campaign.id });
    const metric = metrics.find((m) => m.code === input.metricCode);
    if (!metric)
      refuse(
        unknownMetricProblem(
          input.metricCode,
          metrics.map((m) => m.code),
        ),
      );
    refuse(
      tallyValueProblem(
        { code: metric!.code, countsPeople: Boolean(metric!.countsPeople) },
        input.value,
        input.priorityGroups ?? {},
      ),
    );
    const participants = await manager.getRepository(CampaignUnitRecord).findBy({ campaignId: campaign.id });
    if (
      !unitTakesPart(
        unitPath,
        campaign.unitPath,
        participants.map((p) => p.unitPath),
      )
    ) {
      throw forbidden(
        `${unit.name} does not take part in this campaign.`,
        { unit: unit.name },
        'errors.notInCampaign',
      );
    }
    let pointId = NO_POINT;
    if (input.pointId) {
      const point = await manager.getRepository(SupportPointRecord).findOneBy({ id: Number(input.pointId) });
      if (!point || point.campaignId !== campaign.id)
        throw badInput(
          "This support point is not one of the campaign's.",
          'pointId',
          'errors.pointNotInCampaign',
        );
      pointId = point.id;
    }
    const repo = manager.getRepository(TallyRecord);
    const saved = await repo
      .save(
        repo.create({
          campaignId: campaign.id,
          day: input.day,
          unitId: Number(unit.id),
          unitPath,
          pointId,
          metricCode: metric!.code,
          value: input.value,
          ...groupsOf(input.priorityGroups),
          recordedBy: ctx.identity?.username ?? null,
        }),
      )
      .catch(
        rethrowUniqueViolation(
          `${unit.name} already has a figure for ${metric!.name} on ${input.day}${pointId ? ' at this point' : ''}; correct that figure instead.`,
          'errors.tallyDuplicate',
          { unit: unit.name, metric: metric!.name, day: input.day },
        ),
      );
    await writeAudit(manager, ctx, {
      action: 'recordTally',
      entityType: 'CampaignTally',
      entityId: saved.id,
      after: saved,
    });
    return toTally(saved);
  });
}

export interface TallyCorrection {
  id: string;
  version: number;
  value: number;
  reason: string;
  priorityGroups?: PriorityCounts | null;
}

/** Compare-and-swap on the version: of two corrections made from the same reading, one wins, the other gets CONFLICT. */
export async function correctTally(ctx: RequestContext, change: TallyCorrection): Promise<CampaignTally> {
  refuse(correctionReasonProblem(change.reason));
  return ctx.dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(TallyRecord);
    const before = await repo.findOneBy({ id: Number(change.id) });
    if (!before) throw notFound('Figure', change.id);
    assertWithinScope(identityOf(ctx), before.unitPath, 'units');
    const metric = await manager
      .getRepository(MetricRecord)
      .findOneBy({ campaignId: before.campaignId, code: before.metricCode });
    const groups = change.priorityGroups === undefined ? before : groupsOf(change.priorityGroups);
    refuse(
      tallyValueProblem(
        { code: before.metricCode, countsPeople: Boolean(metric?.countsPeople) },
        change.value,
        {
          elderly: groups.elderly,
          disabled: groups.disabled,
          poorHouseholds: groups.poorHouseholds,
        },
      ),
    );
    await updateAtVersion(
      manager,
      TallyRecord,
      before.id,
      change.version,
      { value: change.value, ...groupsOf(groups), recordedBy: ctx.identity?.username ?? null },
      'This figure',
    );
    const after = await repo.findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'correctTally',
      entityType: 'CampaignTally',
      entityId: before.id,
      before,
      after: { ...after, reason: change.reason.trim() },
    });
    return toTally(after);
  });
}
