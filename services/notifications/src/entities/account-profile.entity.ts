import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What this service knows of an account: learnt from its verified token whenever it calls this
 * service (person, roles, scope), its address from the directory (`me.person.email`, asked once
 * with its own token), and the preferences it set here. Events name people; this maps them to accounts.
 */
@Entity('account_profile')
export class AccountProfile {
  /** The directory's account id. */
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Index()
  @Column({ type: 'int', nullable: true })
  personId: number | null;

  @Column({ type: 'varchar', length: 120 })
  username: string;

  /** Comma-separated role names. */
  @Column({ type: 'varchar', length: 200, default: '' })
  roles: string;

  /** The encoded unit path of the account's scope ('' = the whole tree). */
  @Column({ type: 'varchar', length: 255, default: '' })
  scopeUnitPath: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'datetime', nullable: true })
  emailCheckedAt: Date | null;

  @Column({ type: 'varchar', length: 2, default: 'vi' })
  language: string;

  @Column({ type: 'boolean', default: true })
  inApp: boolean;

  @Column({ type: 'boolean', default: true })
  byEmail: boolean;

  @Column({ type: 'boolean', default: false })
  dailyDigest: boolean;

  /** Comma-separated NotificationKind values the account does not want. */
  @Column({ type: 'varchar', length: 400, default: '' })
  mutedKinds: string;

  @Column({ type: 'int', default: 1 })
  version: number;
}
