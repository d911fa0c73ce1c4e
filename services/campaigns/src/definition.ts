import {
  auditResolver,
  AuditRecord,
  directoryReferences,
  type ReferenceResolvers,
  type RequestContext,
  type SubgraphDefinition,
} from '@dx/subgraph-kit';
import { CampaignRecord } from './entities/campaign.entity';
import { CampaignUnitRecord } from './entities/campaign-unit.entity';
import { MetricRecord } from './entities/metric.entity';
import { SupportPointRecord } from './entities/support-point.entity';
import { TallyRecord } from './entities/tally.entity';
import { VolunteerRecord } from './entities/volunteer.entity';
import { migrations as mariadb } from './migrations/mariadb';
import { migrations as sqlite } from './migrations/sqlite';
import { CampaignResolver } from './resolvers/campaign.resolver';
import { CampaignMutationResolver } from './resolvers/campaign-mutation.resolver';
import { MetricResolver } from './resolvers/metric.resolver';
import { ReportResolver, UnitTotalResolver } from './resolvers/report.resolver';
import { SupportPointResolver, VolunteerResolver } from './resolvers/support-point.resolver';
import { TallyResolver } from './resolvers/tally.resolver';
import { CampaignSummaryResolver, UnitCampaignsResolver } from './resolvers/unit.resolver';
import { campaignLoader, pointLoader } from './store/loaders';
import { seedCampaignsDemo } from './demo/seed';

const referenceResolvers: ReferenceResolvers = {
  Campaign: {
    __resolveReference: (ref: { id: string }, ctx: RequestContext) => campaignLoader(ctx).load(ref.id),
  },
  SupportPoint: {
    __resolveReference: (ref: { id: string }, ctx: RequestContext) => pointLoader(ctx).load(ref.id),
  },
  ...directoryReferences,
};

/** Campaigns: metrics with baselines and targets, support points, volunteers and the daily figures of each unit. */
export const definition: SubgraphDefinition = {
  name: 'campaigns',
  entities: [
    CampaignRecord,
    CampaignUnitRecord,
    MetricRecord,
    SupportPointRecord,
    VolunteerRecord,
    TallyRecord,
    AuditRecord,
  ],
  migrations: { sqlite, mariadb },
  resolvers: [
    CampaignResolver,
    CampaignMutationResolver,
    MetricResolver,
    TallyResolver,
    SupportPointResolver,
    VolunteerResolver,
    ReportResolver,
    UnitTotalResolver,
    UnitCampaignsResolver,
    CampaignSummaryResolver,
    auditResolver('campaigns'),
  ],
  referenceResolvers,
  seedDemo: seedCampaignsDemo,
};
