import type { AwardKindName } from '../domain/award-form';
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

  /** Closed early by the committee on this day (Vietnam); from then on the round is CLOSED. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  closedOn: string | null;

  /** Reviews each nomination needs before any decision. */
  @Column({ type: 'int', default: 1 })
  minReviews: number;

  /** What the round awards: a Giấy khen or a Bằng khen. */
  @Column({ type: 'varchar', length: 16, default: 'GIAY_KHEN' })
  awardKind: AwardKindName;

  /** As printed on the decision and certificates, e.g. "UBND PHƯỜNG CỬA NAM". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  issuingBody: string | null;

  /** The place of the place-and-date line ("Cửa Nam, ngày … tháng … năm …"). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  place: string | null;

  /** e.g. "CHỦ TỊCH" */
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerTitle: string | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  signerName: string | null;

  /** The "Căn cứ ..." lines of the decision, one per line. */
  @Column({ type: 'text', nullable: true })
  legalGrounds: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
