import {
  OutboxEvent,
  auditResolver,
  AuditRecord,
  directoryReferences,
  type ReferenceResolvers,
  type RequestContext,
  type SubgraphDefinition,
} from '@dx/subgraph-kit';
import { seedDonationsDemo } from './demo/seed';
import { DonationRecord } from './entities/donation.entity';
import { DonationItemRecord } from './entities/donation-item.entity';
import { DonorRecord } from './entities/donor.entity';
import { HandoverRecord } from './entities/handover.entity';
import { HandoverItemRecord } from './entities/handover-item.entity';
import { RecordSequenceRecord } from './entities/record-sequence.entity';
import { StockRecord } from './entities/stock.entity';
import { DocumentSequenceRecord } from './entities/document-sequence.entity';
import { EquipmentRecord } from './entities/equipment.entity';
import { EquipmentEventRecord } from './entities/equipment-event.entity';
import { RequestKeyRecord } from './entities/request-key.entity';
import { StockMovementRecord } from './entities/stock-movement.entity';
import { StockMovementLineRecord } from './entities/stock-movement-line.entity';
import { EquipmentResolver, HandoverItemResolver } from './resolvers/equipment.resolver';
import { MovementResolver } from './resolvers/movement.resolver';
import { migrations as mariadb } from './migrations/mariadb';
import { migrations as sqlite } from './migrations/sqlite';
import { DistributionResolver } from './resolvers/distribution.resolver';
import { DonationResolver } from './resolvers/donation.resolver';
import { DonorResolver } from './resolvers/donor.resolver';
import { HandoverResolver } from './resolvers/handover.resolver';
import { ReportResolver } from './resolvers/report.resolver';
import { StockResolver } from './resolvers/stock.resolver';
import { UnitHandoversResolver } from './resolvers/unit.resolver';
import { UnitStockSummaryResolver } from './resolvers/summary.resolver';
import { donationLoader, donorLoader, handoverLoader } from './store/loaders';

type Ref = { id: string };

const referenceResolvers: ReferenceResolvers = {
  ...directoryReferences,
  Donor: { __resolveReference: (ref: Ref, ctx: RequestContext) => donorLoader(ctx).load(ref.id) },
  Donation: { __resolveReference: (ref: Ref, ctx: RequestContext) => donationLoader(ctx).load(ref.id) },
  Handover: { __resolveReference: (ref: Ref, ctx: RequestContext) => handoverLoader(ctx).load(ref.id) },
};

/** The donations desk: donors, donated equipment, stock per store, handovers to units and their records. */
export const definition: SubgraphDefinition = {
  name: 'donations',
  entities: [
    DonorRecord,
    DonationRecord,
    DonationItemRecord,
    StockRecord,
    HandoverRecord,
    HandoverItemRecord,
    RecordSequenceRecord,
    EquipmentRecord,
    EquipmentEventRecord,
    StockMovementRecord,
    StockMovementLineRecord,
    DocumentSequenceRecord,
    RequestKeyRecord,
    OutboxEvent,
    AuditRecord,
  ],
  migrations: { sqlite, mariadb },
  resolvers: [
    DonorResolver,
    DonationResolver,
    StockResolver,
    HandoverResolver,
    DistributionResolver,
    UnitHandoversResolver,
    ReportResolver,
    EquipmentResolver,
    HandoverItemResolver,
    MovementResolver,
    UnitStockSummaryResolver,
    auditResolver('donations'),
  ],
  referenceResolvers,
  seedDemo: seedDonationsDemo,
};
