import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NominationKind } from '../domain/nominee';
import type { NominationStatusName } from '../domain/nomination-status';

@Entity('nomination')
@Index('UQ_nomination_round_nominee', ['roundId', 'nomineeKey'], { unique: true })
@Index(['roundId', 'status', 'scoreHundredths'])
@Index(['nomineeUnitId', 'status'])
@Index(['nomineePersonId', 'status'])
export class NominationRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  roundId: number;

  @Column({ type: 'varchar', length: 12 })
  kind: NominationKind;

  @Column({ type: 'int', nullable: true })
  nomineeUnitId: number | null;

  @Column({ type: 'int', nullable: true })
  nomineePersonId: number | null;

  /** 'U:<unitId>' or 'P:<personId>'; unique per round. */
  @Column({ type: 'varchar', length: 24 })
  nomineeKey: string;

  /** The name at nomination time, so honours lists and certificates print even if the directory is down. */
  @Column({ type: 'varchar', length: 200 })
  nomineeName: string;

  /** The honoured unit, or the unit the honoured person works in (conflict-of-interest checks). */
  @Column({ type: 'int' })
  nomineeHomeUnitId: number;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  nomineeUnitPath: string;

  @Column({ type: 'int' })
  nominatingUnitId: number;

  @Column({ type: 'text' })
  achievements: string;

  @Column({ type: 'simple-json' })
  evidenceLinks: string[];

  /** The wording of the certificate ("... thành tích xuất sắc trong <citation>"); from the achievements. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  citation: string | null;

  /** Who nominated: that account (and its person) may not review this nomination. */
  @Column({ type: 'int', nullable: true })
  nominatedByAccountId: number | null;

  @Column({ type: 'int', nullable: true })
  nominatedByPersonId: number | null;

  /** Why it was returned for revision or withdrawn, for the nominator to read. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: NominationStatusName;

  @Column({ type: 'int', default: 0 })
  reviewCount: number;

  /** Average review score × 100 (0 while unreviewed), kept for ranking in SQL. */
  @Column({ type: 'int', default: 0 })
  scoreHundredths: number;

  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  decisionNo: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  decidedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
