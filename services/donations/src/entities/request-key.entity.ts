import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A client's idempotency key (per account): the same form submitted twice (Enter in a date field,
 * then a click) claims the same key, so the second request returns the first record instead of
 * writing another. The primary key makes the claim race-free.
 */
@Entity('request_key')
export class RequestKeyRecord {
  @PrimaryColumn({ type: 'varchar', length: 160 })
  key: string;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  @Column({ type: 'int', nullable: true })
  recordId: number | null;

  @CreateDateColumn()
  createdAt: Date;
}
