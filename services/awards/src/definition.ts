import {
  auditResolver,
  AuditRecord,
  OutboxEvent,
  isWithinScope,
  type ReferenceResolvers,
  type RequestContext,
  type SubgraphDefinition,
  directoryReferences,
} from '@dx/subgraph-kit';
import { AwardCriterionRecord } from './entities/award-criterion.entity';
import { AwardRoundRecord } from './entities/award-round.entity';
import { NominationRecord } from './entities/nomination.entity';
import { ReviewRecord } from './entities/review.entity';
import { migrations as mariadb } from './migrations/mariadb';
import { migrations as sqlite } from './migrations/sqlite';
import { AwardRoundResolver, ReviewerAssignmentResolver } from './resolvers/award-round.resolver';
import { AwardReviewerRecord } from './entities/award-reviewer.entity';
import { PersonAwardsResolver, UnitAwardsResolver } from './resolvers/honoured-entity.resolver';
import { NominationResolver } from './resolvers/nomination.resolver';
import { RecusalResolver, ReviewResolver } from './resolvers/review.resolver';
import { UnitAwardsSummaryResolver } from './resolvers/summary.resolver';
import { seedAwardsDemo } from './demo/seed';
import { nominationLoader, roundLoader } from './store/loaders';

const referenceResolvers: ReferenceResolvers = {
  ...directoryReferences,
  AwardRound: {
    __resolveReference: (ref: { id: string }, ctx: RequestContext) => roundLoader(ctx).load(ref.id),
  },
  // The same scope check as the nomination(id) query: another subgraph's reference must not reveal achievements outside the caller's scope.
  Nomination: {
    __resolveReference: async (ref: { id: string }, ctx: RequestContext) => {
      const nomination = await nominationLoader(ctx).load(ref.id);
      return nomination && ctx.identity && isWithinScope(ctx.identity, nomination.nomineeUnitPath)
        ? nomination
        : null;
    },
  },
};

/** Awards: commendation rounds, nominations of collectives and individuals, reviews, decisions and honours. */
export const definition: SubgraphDefinition = {
  name: 'awards',
  entities: [
    AwardRoundRecord,
    AwardCriterionRecord,
    NominationRecord,
    ReviewRecord,
    AwardReviewerRecord,
    AuditRecord,
    OutboxEvent,
  ],
  migrations: { sqlite, mariadb },
  resolvers: [
    AwardRoundResolver,
    ReviewerAssignmentResolver,
    NominationResolver,
    ReviewResolver,
    RecusalResolver,
    UnitAwardsResolver,
    PersonAwardsResolver,
    UnitAwardsSummaryResolver,
    auditResolver('awards'),
  ],
  referenceResolvers,
  seedDemo: seedAwardsDemo,
};
