import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A committee member assigned to review a round (every nomination in it) or one nomination of it.
 * Once a round has assignments, only assigned reviewers score in it.
 */
@Entity('award_reviewer')
@Index('UQ_award_reviewer', ['roundId', 'personId', 'scopeKey'], { unique: true })
export class AwardReviewerRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  roundId: number;

  @Index()
  @Column({ type: 'int' })
  personId: number;

  /** Null: the whole round. */
  @Column({ type: 'int', nullable: true })
  nominationId: number | null;

  /** 'R' for the whole round, 'N:<nominationId>' for one nomination (NULLs would not be unique). */
  @Column({ type: 'varchar', length: 24 })
  scopeKey: string;

  /** The reviewer's name when assigned, for the queue and the sheet. */
  @Column({ type: 'varchar', length: 200 })
  personName: string;

  @CreateDateColumn()
  createdAt: Date;
}
