import { randomUUID } from 'node:crypto';
import { today } from '@dx/subgraph-kit';
import type { Logger } from 'pino';
import { In, type DataSource } from 'typeorm';
import { AccountProfile } from '../entities/account-profile.entity';
import { NotificationRecord } from '../entities/notification.entity';
import type { NotificationKindName } from '../domain/kinds';
import { digestSubject, renderNotification } from '../domain/messages';
import { languageOf } from './profiles';
import type { Mailer } from './mailer';

const STALE_CLAIM_MS = 2 * 60 * 1000;
const MAX_ATTEMPTS = 8;

/**
 * Claims rows in `from` state (and rows another instance claimed but never finished), so two
 * instances never mail the same notification at the same time; a crash mid-send sends it again
 * after two minutes (at least once).
 */
async function claim(
  dataSource: DataSource,
  from: 'pending' | 'digest',
  limit: number,
): Promise<NotificationRecord[]> {
  const sending = from === 'pending' ? 'sending' : 'dsending';
  const stale = new Date(Date.now() - STALE_CLAIM_MS);
  const repo = dataSource.getRepository(NotificationRecord);
  const due = await repo
    .createQueryBuilder('n')
    .select('n.id')
    .where('n.emailState = :from OR (n.emailState = :sending AND n.emailClaimedAt < :stale)', {
      from,
      sending,
      stale,
    })
    .orderBy('n.id')
    .limit(limit)
    .getMany();
  if (!due.length) return [];
  const token = randomUUID();
  await dataSource
    .createQueryBuilder()
    .update(NotificationRecord)
    .set({ emailState: sending, emailClaim: token, emailClaimedAt: new Date() })
    .where(
      'id IN (:...ids) AND (emailState = :from OR (emailState = :sending AND emailClaimedAt < :stale))',
      {
        ids: due.map((n) => n.id),
        from,
        sending,
        stale,
      },
    )
    .execute();
  return repo.find({ where: { emailClaim: token, emailState: sending }, order: { id: 'ASC' } });
}

async function profilesById(dataSource: DataSource, rows: NotificationRecord[]) {
  const ids = [...new Set(rows.map((r) => r.emailAccountId).filter((id): id is number => id !== null))];
  const profiles = ids.length ? await dataSource.getRepository(AccountProfile).findBy({ id: In(ids) }) : [];
  return new Map(profiles.map((p) => [p.id, p]));
}

const linkLine = (shellUrl: string, link: string | null) =>
  link ? `\n${shellUrl.replace(/\/$/, '')}${link}` : '';

async function settle(dataSource: DataSource, rows: NotificationRecord[], ok: boolean) {
  for (const row of rows) {
    const attempts = row.emailAttempts + 1;
    const emailState = ok
      ? 'sent'
      : attempts >= MAX_ATTEMPTS
        ? 'failed'
        : row.emailState === 'dsending'
          ? 'digest'
          : 'pending';
    await dataSource
      .getRepository(NotificationRecord)
      .update(row.id, { emailState, emailAttempts: attempts, emailClaim: null });
  }
}

/** One email per notification for accounts that want them one by one. Returns how many were sent. */
export async function sendPendingEmails(
  dataSource: DataSource,
  mailer: Mailer,
  shellUrl: string,
  log: Logger,
): Promise<number> {
  const rows = await claim(dataSource, 'pending', 50);
  const profiles = await profilesById(dataSource, rows);
  let sent = 0;
  for (const row of rows) {
    const profile = profiles.get(row.emailAccountId ?? -1);
    if (!profile?.email) {
      await dataSource
        .getRepository(NotificationRecord)
        .update(row.id, { emailState: null, emailClaim: null });
      continue;
    }
    const message = renderNotification(
      row.kind as NotificationKindName,
      JSON.parse(row.params),
      languageOf(profile),
    );
    try {
      await mailer.send({
        to: profile.email,
        subject: message.title,
        text: `${message.body}${linkLine(shellUrl, row.link)}`,
      });
      await settle(dataSource, [row], true);
      sent++;
    } catch (error) {
      log.warn({ err: error, notificationId: row.id }, 'email not sent; will retry');
      await settle(dataSource, [row], false);
    }
  }
  return sent;
}

/** The morning digest: one email per account gathering its waiting notifications. Returns how many emails. */
export async function sendDigests(
  dataSource: DataSource,
  mailer: Mailer,
  shellUrl: string,
  log: Logger,
): Promise<number> {
  const rows = await claim(dataSource, 'digest', 5000);
  const profiles = await profilesById(dataSource, rows);
  const byAccount = new Map<number, NotificationRecord[]>();
  for (const row of rows)
    byAccount.set(row.emailAccountId ?? -1, [...(byAccount.get(row.emailAccountId ?? -1) ?? []), row]);
  let sent = 0;
  for (const [accountId, items] of byAccount) {
    const profile = profiles.get(accountId);
    if (!profile?.email) {
      await dataSource
        .getRepository(NotificationRecord)
        .update({ id: In(items.map((i) => i.id)) }, { emailState: null, emailClaim: null });
      continue;
    }
    const language = languageOf(profile);
    const text = items
      .map((item) => {
        const m = renderNotification(item.kind as NotificationKindName, JSON.parse(item.params), language);
        return `• ${m.title}\n  ${m.body}${linkLine(shellUrl, item.link).replace('\n', '\n  ')}`;
      })
      .join('\n\n');
    try {
      await mailer.send({ to: profile.email, subject: digestSubject(today(), language), text });
      await settle(dataSource, items, true);
      sent++;
    } catch (error) {
      log.warn({ err: error, accountId }, 'digest not sent; will retry');
      await settle(dataSource, items, false);
    }
  }
  return sent;
}
