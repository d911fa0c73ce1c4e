import type { CampaignRecord } from '../entities/campaign.entity';
import type { MetricRecord } from '../entities/metric.entity';
import type { SupportPointRecord } from '../entities/support-point.entity';
import { NO_POINT, type TallyRecord } from '../entities/tally.entity';
import type { VolunteerRecord } from '../entities/volunteer.entity';
import type {
  Campaign,
  CampaignMetric,
  CampaignTally,
  CampaignVolunteer,
  SupportPoint,
} from '../schema/types';

export const toCampaign = (r: CampaignRecord): Campaign => ({
  id: String(r.id),
  title: r.title,
  description: r.description,
  unitId: String(r.unitId),
  unitPath: r.unitPath,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  version: r.version,
});

export const toMetric = (r: MetricRecord): CampaignMetric => ({
  campaignId: String(r.campaignId),
  code: r.code,
  name: r.name,
  unitOfMeasure: r.unitOfMeasure,
  aggregation: r.aggregation,
  baseline: r.baseline === null ? null : Number(r.baseline),
  target: r.target === null ? null : Number(r.target),
  countsPeople: Boolean(r.countsPeople),
});

export const toPoint = (r: SupportPointRecord): SupportPoint => ({
  id: String(r.id),
  campaignId: String(r.campaignId),
  unitId: r.unitId === null ? null : String(r.unitId),
  name: r.name,
  address: r.address,
  partner: r.partner,
  openingHours: r.openingHours,
});

export const toVolunteer = (r: VolunteerRecord): CampaignVolunteer => ({
  id: String(r.id),
  campaignId: String(r.campaignId),
  personId: String(r.personId),
  unitId: String(r.unitId),
  pointId: r.pointId === null ? null : String(r.pointId),
  role: r.role,
});

export const toTally = (r: TallyRecord): CampaignTally => ({
  id: String(r.id),
  campaignId: String(r.campaignId),
  unitId: String(r.unitId),
  pointId: r.pointId === NO_POINT ? null : String(r.pointId),
  day: r.day,
  metricCode: r.metricCode,
  value: Number(r.value),
  priorityGroups: { elderly: r.elderly, disabled: r.disabled, poorHouseholds: r.poorHouseholds },
  version: r.version,
});
