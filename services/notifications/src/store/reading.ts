import {
  DomainError,
  identityOf,
  notFound,
  paginate,
  updateAtVersion,
  writeAudit,
  type PageArgs,
  type RequestContext,
} from '@dx/subgraph-kit';
import { In, IsNull } from 'typeorm';
import { AccountProfile } from '../entities/account-profile.entity';
import { NotificationRecord } from '../entities/notification.entity';
import { isKind, type NotificationKindName } from '../domain/kinds';
import { renderNotification } from '../domain/messages';
import type { NotificationPreferences, NotificationPreferencesInput } from '../schema/types';
import { languageOf, preferencesOf, recipientKeys, touchProfile } from './profiles';

export async function myNotifications(ctx: RequestContext, page: PageArgs, unreadOnly: boolean) {
  const profile = await touchProfile(ctx);
  const language = languageOf(profile);
  const query = ctx.dataSource
    .getRepository(NotificationRecord)
    .createQueryBuilder('n')
    .where('n.recipientKey IN (:...keys)', { keys: recipientKeys(ctx) })
    .andWhere('n.inApp = :inApp', { inApp: true });
  if (unreadOnly) query.andWhere('n.readAt IS NULL');
  const connection = await paginate(query, page, [{ column: 'n.id', property: 'id', direction: 'DESC' }]);
  return {
    ...connection,
    nodes: connection.nodes.map((n) => ({
      id: String(n.id),
      kind: n.kind as NotificationKindName,
      ...renderNotification(n.kind as NotificationKindName, JSON.parse(n.params), language),
      link: n.link,
      createdAt: n.createdAt,
      readAt: n.readAt,
    })),
  };
}

export async function unreadCount(ctx: RequestContext): Promise<number> {
  await touchProfile(ctx);
  return ctx.dataSource
    .getRepository(NotificationRecord)
    .count({ where: { recipientKey: In(recipientKeys(ctx)), inApp: true, readAt: IsNull() } });
}

/** Marks the caller's notifications read; ids that are not theirs are refused, not skipped. Returns how many changed. */
export async function markRead(ctx: RequestContext, ids: string[] | null): Promise<number> {
  const keys = recipientKeys(ctx);
  return ctx.dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(NotificationRecord);
    let targets: number[];
    if (ids === null) {
      targets = (
        await repo.find({ select: { id: true }, where: { recipientKey: In(keys), readAt: IsNull() } })
      ).map((n) => n.id);
    } else {
      const wanted = [...new Set(ids)];
      const bad = wanted.filter((id) => !/^\d+$/.test(id));
      if (bad.length) throw notFound('Notification', bad[0], 'ids');
      const mine = await repo.find({
        select: { id: true },
        where: { id: In(wanted.map(Number)), recipientKey: In(keys) },
      });
      const missing = wanted.filter((id) => !mine.some((n) => String(n.id) === id));
      if (missing.length) throw notFound('Notification', missing[0], 'ids');
      targets = mine.map((n) => n.id);
    }
    if (!targets.length) return 0;
    const result = await manager
      .createQueryBuilder()
      .update(NotificationRecord)
      .set({ readAt: new Date() })
      .where('id IN (:...ids) AND readAt IS NULL', { ids: targets })
      .execute();
    const changed = result.affected ?? 0;
    await writeAudit(manager, ctx, {
      action: ids === null ? 'markAllNotificationsRead' : 'markNotificationsRead',
      entityType: 'Notification',
      entityId: targets.length === 1 ? targets[0] : `${targets.length} notifications`,
      after: { ids: targets, changed },
    });
    return changed;
  });
}

export function toPreferences(profile: AccountProfile): NotificationPreferences {
  const prefs = preferencesOf(profile);
  return {
    language: languageOf(profile),
    inApp: prefs.inApp,
    email: prefs.email,
    dailyDigest: prefs.dailyDigest,
    mutedKinds: prefs.mutedKinds,
    emailAddress: profile.email,
    version: profile.version,
  };
}

export async function myPreferences(ctx: RequestContext): Promise<NotificationPreferences> {
  return toPreferences(await touchProfile(ctx));
}

export async function updatePreferences(ctx: RequestContext, input: NotificationPreferencesInput) {
  const before = await touchProfile(ctx);
  const changes: Partial<AccountProfile> = {};
  if (input.language !== undefined && input.language !== null) changes.language = input.language;
  if (input.inApp !== undefined && input.inApp !== null) changes.inApp = input.inApp;
  if (input.email !== undefined && input.email !== null) changes.byEmail = input.email;
  if (input.dailyDigest !== undefined && input.dailyDigest !== null) changes.dailyDigest = input.dailyDigest;
  if (input.mutedKinds) {
    const unknown = input.mutedKinds.find((k) => !isKind(k));
    if (unknown)
      throw new DomainError('BAD_USER_INPUT', `${unknown} is not a notification kind.`, {
        field: 'mutedKinds',
      });
    changes.mutedKinds = [...new Set(input.mutedKinds)].sort().join(',');
  }
  return ctx.dataSource.transaction(async (manager) => {
    await updateAtVersion(
      manager,
      AccountProfile,
      before.id,
      input.version,
      changes,
      'Your notification settings',
    );
    const after = await manager
      .getRepository(AccountProfile)
      .findOneByOrFail({ id: Number(identityOf(ctx).accountId) });
    await writeAudit(manager, ctx, {
      action: 'updateNotificationPreferences',
      entityType: 'AccountProfile',
      entityId: after.id,
      before: toPreferences(before),
      after: toPreferences(after),
    });
    return toPreferences(after);
  });
}
