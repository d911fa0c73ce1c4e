import { auditResolver, AuditRecord, ReceivedEvent, type SubgraphDefinition } from '@dx/subgraph-kit';
import { AccountProfile } from './entities/account-profile.entity';
import { NotificationRecord } from './entities/notification.entity';
import { migrations as mariadb } from './migrations/mariadb';
import { migrations as sqlite } from './migrations/sqlite';
import { NotificationResolver } from './resolvers/notification.resolver';
import { NotificationPreferencesResolver } from './resolvers/preferences.resolver';
import { emailWorker, eventRoutes, jetStreamConsumer } from './workers';

/** Notifications: events from the other services become messages in the bell and by email, in each account's language. */
export const definition: SubgraphDefinition = {
  name: 'notifications',
  entities: [NotificationRecord, AccountProfile, ReceivedEvent, AuditRecord],
  migrations: { sqlite, mariadb },
  resolvers: [NotificationResolver, NotificationPreferencesResolver, auditResolver('notifications')],
  referenceResolvers: {},
  routes: eventRoutes,
  workers: [jetStreamConsumer, emailWorker],
};
