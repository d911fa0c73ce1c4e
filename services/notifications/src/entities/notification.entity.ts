import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One message to one recipient. The recipient is a person (`p:<personId>`, from the event) or an
 * account (`a:<accountId>`, e.g. a unit's secretariat); an account sees both of its keys. Title and
 * body are rendered when read, in the reader's language, from `kind` and `params`.
 */
@Entity('notification')
@Index(['eventId', 'recipientKey'], { unique: true })
@Index(['recipientKey', 'readAt'])
export class NotificationRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 40 })
  recipientKey: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** JSON of the event's plain parameters (title, dueDate, ...). */
  @Column({ type: 'text' })
  params: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  link: string | null;

  @Column({ type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;

  /** False when the recipient wants this only by email. */
  @Column({ type: 'boolean', default: true })
  inApp: boolean;

  /** The account whose address and language the email uses. */
  @Column({ type: 'int', nullable: true })
  emailAccountId: number | null;

  /** null (no email), pending, digest, sending, sent, failed. */
  @Index()
  @Column({ type: 'varchar', length: 10, nullable: true })
  emailState: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  emailClaim: string | null;

  @Column({ type: 'datetime', nullable: true })
  emailClaimedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  emailAttempts: number;
}
