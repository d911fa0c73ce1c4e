import {
  auditResolver,
  AuditRecord,
  OutboxEvent,
  type ReferenceResolvers,
  type RequestContext,
  type SubgraphDefinition,
  directoryReferences,
} from '@dx/subgraph-kit';
import { CourseRecord } from './entities/course.entity';
import { EnrolmentRecord } from './entities/enrolment.entity';
import { SessionRecord } from './entities/session.entity';
import { TargetRecord } from './entities/target.entity';
import { CertificateIssuerRecord } from './entities/certificate-issuer.entity';
import { migrations as mariadb } from './migrations/mariadb';
import { migrations as sqlite } from './migrations/sqlite';
import { CourseResolver } from './resolvers/course.resolver';
import { EnrolmentResolver } from './resolvers/enrolment.resolver';
import { PersonEnrolmentsResolver } from './resolvers/person.resolver';
import { ProgressResolver } from './resolvers/progress.resolver';
import { SessionResolver } from './resolvers/session.resolver';
import { TargetResolver } from './resolvers/target.resolver';
import { SessionChangeResolver } from './resolvers/session-change.resolver';
import { CertificateIssuerResolver, CertificateResolver } from './resolvers/certificate.resolver';
import { UnitTrainingSummaryResolver } from './resolvers/summary.resolver';
import { courseLoader, sessionLoader } from './store/loaders';
import { seedTrainingDemo } from './demo/seed';
import { sessionReminderWorker } from './store/session-reminders';

const referenceResolvers: ReferenceResolvers = {
  Course: {
    __resolveReference: (ref: { id: string }, ctx: RequestContext) => courseLoader(ctx).load(ref.id),
  },
  CourseSession: {
    __resolveReference: (ref: { id: string }, ctx: RequestContext) => sessionLoader(ctx).load(ref.id),
  },
  ...directoryReferences,
  SupportPoint: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

/** Training: courses, sessions with seats and waitlists, attendance, certificates and targets. */
export const definition: SubgraphDefinition = {
  name: 'training',
  entities: [
    CourseRecord,
    SessionRecord,
    EnrolmentRecord,
    TargetRecord,
    CertificateIssuerRecord,
    AuditRecord,
    OutboxEvent,
  ],
  migrations: { sqlite, mariadb },
  resolvers: [
    CourseResolver,
    SessionResolver,
    SessionChangeResolver,
    CertificateResolver,
    CertificateIssuerResolver,
    EnrolmentResolver,
    PersonEnrolmentsResolver,
    ProgressResolver,
    TargetResolver,
    UnitTrainingSummaryResolver,
    auditResolver('training'),
  ],
  referenceResolvers,
  seedDemo: seedTrainingDemo,
  workers: [sessionReminderWorker],
  publicRootFields: ['verifyCertificate'],
};
