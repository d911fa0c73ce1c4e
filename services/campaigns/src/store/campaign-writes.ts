import {
  assertWithinScope,
  badInput,
  encodeUnitPath,
  identityOf,
  notFound,
  requirePerson,
  requireUnit,
  rethrowUniqueViolation,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CampaignRecord } from '../entities/campaign.entity';
import { CampaignUnitRecord } from '../entities/campaign-unit.entity';
import { MetricRecord } from '../entities/metric.entity';
import { SupportPointRecord } from '../entities/support-point.entity';
import { VolunteerRecord } from '../entities/volunteer.entity';
import { campaignDatesProblem } from '../domain/campaign-status';
import type { AddSupportPointInput, AddVolunteerInput, CreateCampaignInput } from '../schema/inputs';
import type { Campaign, CampaignVolunteer, SupportPoint } from '../schema/types';
import { toCampaign, toPoint, toVolunteer } from './mappers';

/** The campaign, checked to be in the caller's scope for changing it (its owning unit and below). */
export async function campaignForChange(
  manager: EntityManager,
  ctx: RequestContext,
  campaignId: string,
): Promise<CampaignRecord> {
  const campaign = await manager.getRepository(CampaignRecord).findOneBy({ id: Number(campaignId) });
  if (!campaign) throw notFound('Campaign', campaignId);
  assertWithinScope(identityOf(ctx), campaign.unitPath, 'campaigns');
  return campaign;
}

export async function createCampaign(ctx: RequestContext, input: CreateCampaignInput): Promise<Campaign> {
  const problem = campaignDatesProblem(input.startsOn, input.endsOn);
  if (problem) throw badInput(problem, 'endsOn', 'errors.campaignEndsBeforeStart');
  const codes = input.metrics.map((m) => m.code);
  const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
  if (repeated)
    throw badInput(`The metric ${repeated} is listed twice.`, 'metrics', 'errors.metricListedTwice', {
      metric: repeated,
    });
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  const unitPath = encodeUnitPath(unit.path);
  assertWithinScope(identityOf(ctx), unitPath, 'units');
  const participantIds = [...new Set(input.participatingUnitIds ?? [])];
  const participants = await Promise.all(
    participantIds.map((id) => requireUnit(ctx, id, 'participatingUnitIds')),
  );
  return ctx.dataSource.transaction(async (manager) => {
    const saved = await manager.getRepository(CampaignRecord).save(
      manager.getRepository(CampaignRecord).create({
        title: input.title.trim(),
        description: input.description?.trim() || null,
        unitId: Number(unit.id),
        unitPath,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      }),
    );
    await manager.insert(
      MetricRecord,
      input.metrics.map((m, position) => ({
        campaignId: saved.id,
        code: m.code,
        name: m.name.trim(),
        unitOfMeasure: m.unitOfMeasure.trim(),
        aggregation: m.aggregation,
        baseline: m.baseline ?? null,
        target: m.target ?? null,
        countsPeople: Boolean(m.countsPeople),
        position,
      })),
    );
    if (participants.length) {
      await manager.insert(
        CampaignUnitRecord,
        participants.map((p, position) => ({
          campaignId: saved.id,
          unitId: Number(p.id),
          unitPath: encodeUnitPath(p.path),
          position,
        })),
      );
    }
    await writeAudit(manager, ctx, {
      action: 'createCampaign',
      entityType: 'Campaign',
      entityId: saved.id,
      after: { ...saved, metrics: input.metrics, participatingUnitIds: participantIds },
    });
    return toCampaign(saved);
  });
}

export async function addCampaignUnits(
  ctx: RequestContext,
  campaignId: string,
  unitIds: string[],
): Promise<Campaign> {
  const units = await Promise.all([...new Set(unitIds)].map((id) => requireUnit(ctx, id, 'unitIds')));
  return ctx.dataSource.transaction(async (manager) => {
    const campaign = await campaignForChange(manager, ctx, campaignId);
    const existing = await manager.getRepository(CampaignUnitRecord).countBy({ campaignId: campaign.id });
    await manager
      .insert(
        CampaignUnitRecord,
        units.map((u, i) => ({
          campaignId: campaign.id,
          unitId: Number(u.id),
          unitPath: encodeUnitPath(u.path),
          position: existing + i,
        })),
      )
      .catch(
        rethrowUniqueViolation(
          'One of these units already takes part in the campaign.',
          'errors.unitAlreadyInCampaign',
        ),
      );
    await writeAudit(manager, ctx, {
      action: 'addCampaignUnits',
      entityType: 'Campaign',
      entityId: campaign.id,
      after: { unitIds },
    });
    return toCampaign(campaign);
  });
}

export async function addSupportPoint(
  ctx: RequestContext,
  input: AddSupportPointInput,
): Promise<SupportPoint> {
  const unit = input.unitId ? await requireUnit(ctx, input.unitId, 'unitId') : null;
  return ctx.dataSource.transaction(async (manager) => {
    const campaign = await campaignForChange(manager, ctx, input.campaignId);
    const unitPath = unit ? encodeUnitPath(unit.path) : campaign.unitPath;
    if (unit) assertWithinScope(identityOf(ctx), unitPath, 'units');
    const name = input.name.trim();
    if (!name) throw badInput('The name of the point is required.', 'name');
    const repo = manager.getRepository(SupportPointRecord);
    const saved = await repo.save(
      repo.create({
        campaignId: campaign.id,
        name,
        unitId: unit ? Number(unit.id) : campaign.unitId,
        unitPath,
        address: input.address?.trim() || null,
        partner: input.partner?.trim() || null,
        openingHours: input.openingHours?.trim() || null,
      }),
    );
    await writeAudit(manager, ctx, {
      action: 'addSupportPoint',
      entityType: 'SupportPoint',
      entityId: saved.id,
      after: saved,
    });
    return toPoint(saved);
  });
}

export async function addVolunteer(
  ctx: RequestContext,
  input: AddVolunteerInput,
): Promise<CampaignVolunteer> {
  const person = await requirePerson(ctx, input.personId, 'personId');
  return ctx.dataSource.transaction(async (manager) => {
    const campaign = await campaignForChange(manager, ctx, input.campaignId);
    if (input.pointId) {
      const point = await manager.getRepository(SupportPointRecord).findOneBy({ id: Number(input.pointId) });
      if (!point || point.campaignId !== campaign.id)
        throw badInput(
          "This support point is not one of the campaign's.",
          'pointId',
          'errors.pointNotInCampaign',
        );
    }
    const role = input.role.trim();
    if (!role) throw badInput('The role is required.', 'role');
    const repo = manager.getRepository(VolunteerRecord);
    const saved = await repo
      .save(
        repo.create({
          campaignId: campaign.id,
          personId: Number(person.id),
          unitId: Number(person.unit.id),
          unitPath: encodeUnitPath(person.unit.path),
          role,
          pointId: input.pointId ? Number(input.pointId) : null,
        }),
      )
      .catch(
        rethrowUniqueViolation(
          `${person.fullName} is already a volunteer of this campaign.`,
          'errors.volunteerAlreadyExists',
          { name: person.fullName },
        ),
      );
    await writeAudit(manager, ctx, {
      action: 'addVolunteer',
      entityType: 'CampaignVolunteer',
      entityId: saved.id,
      after: saved,
    });
    return toVolunteer(saved);
  });
}
