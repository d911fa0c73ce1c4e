import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DonationStatusName = 'ACTIVE' | 'VOIDED';

/** A gift as received; its items went into the stock of the holder unit. */
@Entity('donation')
@Index(['holderPath', 'receivedAt'])
export class DonationRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  donorId: number;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  receivedAt: string;

  /** The unit whose store received the items; null for the store of the whole tree. */
  @Column({ type: 'int', nullable: true })
  holderUnitId: number | null;

  /** The holder's unit path, "/" for the whole tree: unit scope is a prefix test on it. */
  @Column({ type: 'varchar', length: 255 })
  holderPath: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: DonationStatusName;

  @Column({ type: 'int', default: 1 })
  version: number;

  /** Why it was last corrected or voided (the audit keeps every before/after). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  changeReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  voidedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
