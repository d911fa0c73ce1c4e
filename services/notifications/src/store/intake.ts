import { receiveOnce, type EventEnvelope } from '@dx/subgraph-kit';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationRecord } from '../entities/notification.entity';
import type { AccountProfile } from '../entities/account-profile.entity';
import { DEFAULT_PREFERENCES, deliveryFor } from '../domain/preferences';
import { planFor, type NotificationPlan } from '../domain/routing';
import { preferencesOf, profilesOfPeople, secretariatOf } from './profiles';

interface Recipient {
  key: string;
  profile: AccountProfile | null;
}

async function recipientsOf(manager: EntityManager, plan: NotificationPlan): Promise<Recipient[]> {
  const people = await profilesOfPeople(manager, plan.personIds);
  const recipients: Recipient[] = plan.personIds.map((id) => ({
    key: `p:${id}`,
    profile: people.get(id) ?? null,
  }));
  if (plan.secretariatOfUnitPath) {
    for (const account of await secretariatOf(manager, plan.secretariatOfUnitPath)) {
      // Someone who is both the assignee and the secretariat hears once.
      if (account.personId !== null && plan.personIds.includes(String(account.personId))) continue;
      recipients.push({ key: `a:${account.id}`, profile: account });
    }
  }
  return recipients;
}

/**
 * Turns one event into notifications, once: the event id is recorded in the same transaction
 * (`receiveOnce`), and (event, recipient) is unique, so a redelivery adds nothing.
 * Returns how many notifications were made.
 */
export async function intakeEvent(
  dataSource: DataSource,
  event: EventEnvelope,
  log: Logger,
): Promise<number> {
  const plan = planFor(event.type, event.payload);
  return dataSource.transaction(async (manager) => {
    if (!(await receiveOnce(manager, event))) return 0;
    if (!plan) {
      log.debug({ type: event.type }, 'event type without notifications; acknowledged');
      return 0;
    }
    let made = 0;
    for (const recipient of await recipientsOf(manager, plan)) {
      const prefs = recipient.profile ? preferencesOf(recipient.profile) : DEFAULT_PREFERENCES;
      const delivery = deliveryFor(plan.kind, prefs, !!recipient.profile?.email);
      if (!delivery.keep) continue;
      await manager.insert(NotificationRecord, {
        recipientKey: recipient.key,
        kind: plan.kind,
        params: JSON.stringify(plan.params),
        link: plan.link,
        eventId: event.id,
        createdAt: new Date(),
        inApp: delivery.inApp,
        emailAccountId: delivery.email ? recipient.profile!.id : null,
        emailState: delivery.email,
      });
      made++;
    }
    return made;
  });
}
