import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The transactional outbox: a row written by `writeEvent` in the same transaction as the change it
 * announces, so a committed change always has its event and a rolled-back one never does. The relay
 * sends pending rows and marks them published; rows are never edited otherwise.
 */
@Entity('outbox_event')
@Index(['publishedAt', 'availableAt'])
export class OutboxEvent {
  @PrimaryGeneratedColumn()
  id: number;

  /** Globally unique (a UUID): consumers keep it to recognise a redelivery. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 80 })
  type: string;

  /** JSON. */
  @Column({ type: 'text' })
  payload: string;

  /** Optional business key ("reminder:task:42:2026-12-02"): a second event with the same key is not written. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 191, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'datetime' })
  occurredAt: Date;

  /** When the relay may (next) try to send it: the insert time, then a lease or a back-off. */
  @Column({ type: 'datetime' })
  availableAt: Date;

  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;
}

/**
 * The consumer side: one row per event a service has handled, written in the same transaction as
 * what the event caused, so a redelivered event is recognised and does nothing the second time.
 */
@Entity('received_event')
export class ReceivedEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 80 })
  type: string;

  @Column({ type: 'varchar', length: 40 })
  source: string;

  @Column({ type: 'datetime' })
  receivedAt: Date;
}
