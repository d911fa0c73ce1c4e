import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('award_round')
export class AwardRoundRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** e.g. "Ngày Chuyển đổi số quốc gia (10/10)" or the campaign being closed. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  occasion: string | null;

  /** The unit whose committee runs the round; nominees come from its subtree. */
  @Column({ type: 'int' })
  organizerUnitId: number;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  organizerUnitPath: string;

  @Index()
  @Column({ type: 'varchar', length: 10 })
  opensAt: string;

  @Column({ type: 'varchar', length: 10 })
  closesAt: string;

  @Column({ type: 'int', nullable: true })
  collectiveQuota: number | null;

  @Column({ type: 'int', nullable: true })
  individualQuota: number | null;

  /** Counters moved only by a conditional UPDATE, so concurrent approvals cannot pass the quota. */
  @Column({ type: 'int', default: 0 })
  approvedCollectives: number;

  @Column({ type: 'int', default: 0 })
  approvedIndividuals: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
