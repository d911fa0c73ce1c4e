import { auditResolver, AuditRecord, type ReferenceResolvers, type RequestContext, type SubgraphDefinition } from '@dx/subgraph-kit';
import { AwardCriterionRecord } from './entities/award-criterion.entity';
import { AwardRoundRecord } from './entities/award-round.entity';
import { NominationRecord } from './entities/nomination.entity';
import { ReviewRecord } from './entities/review.entity';
import { migrations as mariadb } from './migrations/mariadb';
import { migrations as sqlite } from './migrations/sqlite';
import { AwardRoundResolver } from './resolvers/award-round.resolver';
import { PersonAwardsResolver, UnitAwardsResolver } from './resolvers/honoured-entity.resolver';
import { NominationResolver } from './resolvers/nomination.resolver';
import { RecusalResolver, ReviewResolver } from './resolvers/review.resolver';
import { seedAwardsDemo } from './demo/seed';
import { nominationLoader, roundLoader } from './store/loaders';

const referenceResolvers: ReferenceResolvers = {
  Unit: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  AwardRound: { __resolveReference: (ref: { id: string }, ctx: RequestContext) => roundLoader(ctx).load(ref.id) },
  Nomination: { __resolveReference: (ref: { id: string }, ctx: RequestContext) => nominationLoader(ctx).load(ref.id) },
};

/** Awards: commendation rounds, nominations of collectives and individuals, reviews, decisions and honours. */
export const definition: SubgraphDefinition = {
  name: 'awards',
  entities: [AwardRoundRecord, AwardCriterionRecord, NominationRecord, ReviewRecord, AuditRecord],
  migrations: { sqlite, mariadb },
  resolvers: [
    AwardRoundResolver,
    NominationResolver,
    ReviewResolver,
    RecusalResolver,
    UnitAwardsResolver,
    PersonAwardsResolver,
    auditResolver('awards'),
  ],
  referenceResolvers,
  seedDemo: seedAwardsDemo,
};
