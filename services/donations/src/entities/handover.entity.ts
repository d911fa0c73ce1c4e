import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type HandoverStatusName = 'ACTIVE' | 'VOIDED';

/** A handover record (biên bản bàn giao). Voided ones stay, with the reason: history is kept. */
@Entity('handover')
@Index(['recipientPath', 'handedOverAt'])
export class HandoverRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 24 })
  recordNo: string;

  @Index()
  @Column({ type: 'int' })
  recipientUnitId: number;

  @Column({ type: 'varchar', length: 255 })
  recipientPath: string;

  /** The store the items came from (the giving unit); null for the store of the whole tree. */
  @Column({ type: 'int', nullable: true })
  holderUnitId: number | null;

  @Column({ type: 'varchar', length: 255 })
  holderPath: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  handedOverAt: string;

  @Column({ type: 'int', nullable: true })
  handedOverById: number | null;

  @Column({ type: 'int', nullable: true })
  receivedById: number | null;

  @Column({ type: 'int', nullable: true })
  witnessId: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Index()
  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: HandoverStatusName;

  @Column({ type: 'varchar', length: 500, nullable: true })
  voidReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  recordedBy: string | null;

  /** The recipient's acceptance: who signed the paper record, on what day, and the signed scan. */
  @Column({ type: 'int', nullable: true })
  acceptedById: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  acceptedOn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  acceptanceScanUrl: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
