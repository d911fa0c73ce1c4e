import {
  auditResolver,
  AuditRecord,
  type ReferenceResolvers,
  type RequestContext,
  type SubgraphDefinition,
} from '@dx/subgraph-kit';
import { AccountRecord } from './entities/account.entity';
import { SessionRecord } from './entities/session.entity';
import { SignInLimitRecord } from './entities/sign-in-limit.entity';
import { PersonRecord } from './entities/person.entity';
import { UnitRecord } from './entities/unit.entity';
import { migrations as mariadb } from './migrations/mariadb';
import { migrations as sqlite } from './migrations/sqlite';
import { AccountResolver } from './resolvers/account.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { SessionResolver } from './resolvers/session.resolver';
import { UnitResolver } from './resolvers/unit.resolver';
import { personLoader, unitLoader } from './store/loaders';

const referenceResolvers: ReferenceResolvers = {
  Unit: { __resolveReference: (ref: { id: string }, ctx: RequestContext) => unitLoader(ctx).load(ref.id) },
  Person: {
    __resolveReference: (ref: { id: string }, ctx: RequestContext) => personLoader(ctx).load(ref.id),
  },
};

/** The directory owns units, people and accounts, and is the one service that signs tokens. */
export const definition: SubgraphDefinition = {
  name: 'directory',
  entities: [UnitRecord, PersonRecord, AccountRecord, SignInLimitRecord, SessionRecord, AuditRecord],
  migrations: { sqlite, mariadb },
  resolvers: [UnitResolver, PersonResolver, AccountResolver, SessionResolver, auditResolver('directory')],
  referenceResolvers,
  publicRootFields: ['login', 'me', 'openSession', 'renewSession', 'endSession'],
};
